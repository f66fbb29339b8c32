/**
 * Whether a browser window has a screen to open on. Only Linux (and the BSDs)
 * can lack one: there a window needs an X server (DISPLAY) or a Wayland
 * compositor (WAYLAND_DISPLAY). macOS and Windows always have a desktop.
 */
export function hasDisplay(
  platform: NodeJS.Platform,
  env: { DISPLAY?: string | undefined; WAYLAND_DISPLAY?: string | undefined },
): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

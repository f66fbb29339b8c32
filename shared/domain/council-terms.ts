/**
 * Words a council's minutes use that a general British English dictionary does not know: partnership and
 * agency names, titles, Kent places and the sector's own vocabulary. Read off the real minutes in
 * ../shared/seeds (every word there that en-GB flagged and that is not a typing slip). The spelling check never
 * flags them. Acronyms in capitals (KCC, MARAC, DHRs) need no entry: words in capitals are never flagged; the
 * ones here are for the mixed-case spellings officers also type (Ofsted, SECamb, Cllr).
 */
export const COUNCIL_TERMS: readonly string[] = [
  // Titles and forms of address.
  'Cllr', 'Cllrs', 'Supt', 'Ch', 'Insp', 'Sgt', 'DCI', 'DI', 'DS', 'PC', 'PCSO', 'OBE', 'MBE', 'CBE', 'QPM',
  // Bodies, partnerships and agencies (capitals are never flagged anyway; kept so the list documents them).
  'KCC', 'PCC', 'PCCs', 'MARAC', 'MARACs', 'KCSP', 'KCSPs', 'KCST', 'KSCMP', 'KFRS', 'CSP', 'CSPs', 'CRG', 'NHS',
  'DHR', 'DHRs', 'SAR', 'SARs', 'DSO', 'SEND', 'VAWG', 'IDVA', 'IDVAs', 'ISVA', 'HMICFRS', 'MHCLG', 'NPS', 'CRC',
  'ASB', 'CSE', 'CSA', 'KSI', 'MASH', 'MAPPA', 'PREVENT', 'Ofsted', 'SECamb', 'Crimestoppers', 'Healthwatch',
  'Headstart', 'Fastrack', 'Medway', 'Swale', 'Thanet', 'Dartford', 'Gravesham', 'Sevenoaks', 'Tonbridge',
  'Malling', 'Tunbridge', 'Maidstone', 'Ashford', 'Margate', 'Folkestone', 'Hythe', 'Dover', 'Canterbury',
  'Darent',
  // The sector's vocabulary that en-GB lacks.
  'underspend', 'underspends', 'overspend', 'overspends', 'frontline', 'multiagency', 'interworking', 'strapline',
  'timeframe', 'timeframes', 'actioned', 'rebalancing', 'localism', 'lockdown', 'lockdowns', 'Covid', 'safeguarding',
  'co-ordinator', 'co-ordinators', 'co-ordinate', 'co-ordinated', 'co-ordination', 'ordinator', 'disseminations',
  'signposting', 'signposted', 'Snapchat', 'incels', 'cybercrime', 'deprioritised', 'upskilling', 'webinar',
  'webinars', 'adviser', 'advisers', 'Advisor', 'Advisors', 'councillor', 'councillors', 'minuted',
];

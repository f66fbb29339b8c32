"""Prints, as JSON, what python-docx reads in a .docx: paragraphs with their
numbering (numId/ilvl) and run formatting, the header's text and the footer's
fields, tables with their layout and widths, every piece of text in the package
(body, tables, headers, footers), the numbering definitions, page setup, core
properties and default font. Used by the unit
tests so that the export is checked by a reader we did not write."""
import json
import sys

import docx
from docx.oxml.ns import qn


def val(element, tag):
    if element is None:
        return None
    found = element.find(qn(tag))
    return None if found is None else found.get(qn("w:val"))


def paragraph_view(paragraph):
    ppr = paragraph._p.pPr
    num_pr = None if ppr is None else ppr.find(qn("w:numPr"))
    num_id = val(num_pr, "w:numId")
    ilvl = val(num_pr, "w:ilvl")
    return {
        "text": paragraph.text,
        "style": paragraph.style.style_id if paragraph.style is not None else None,
        "numId": None if num_id is None else int(num_id),
        "ilvl": None if ilvl is None else int(ilvl),
        # Kept with the next paragraph, set on the paragraph or by its style; widow and orphan control on the paragraph.
        "keepNext": bool(paragraph.paragraph_format.keep_with_next or (paragraph.style is not None and paragraph.style.paragraph_format.keep_with_next)),
        "widowControl": paragraph.paragraph_format.widow_control,
        "runs": [
            {"text": run.text, "bold": run.bold, "italic": run.italic, "underline": None if run.underline is None else bool(run.underline)}
            for run in paragraph.runs
        ],
    }


def table_view(table):
    tbl = table._tbl
    tbl_pr = tbl.tblPr
    layout = None if tbl_pr is None else tbl_pr.find(qn("w:tblLayout"))
    tbl_w = None if tbl_pr is None else tbl_pr.find(qn("w:tblW"))
    def width(element):
        return None if element is None else {"w": int(element.get(qn("w:w"))), "type": element.get(qn("w:type"))}
    return {
        "layout": None if layout is None else layout.get(qn("w:type")),
        "width": width(tbl_w),
        "gridCols": [int(col.get(qn("w:w"))) for col in tbl.tblGrid.findall(qn("w:gridCol"))],
        "cellWidths": [width(tc.find(qn("w:tcPr") + "/" + qn("w:tcW"))) for tc in tbl.iter(qn("w:tc"))],
        "cellTexts": [cell.text for row in table.rows for cell in row.cells],
    }


def all_text(document):
    """Every w:t in the document's body, headers and footers: what any reader could find in the file."""
    parts = [document.element.body]
    for section in document.sections:
        for story in (section.header, section.first_page_header, section.even_page_header, section.footer):
            if not story.is_linked_to_previous:
                parts.append(story._element)
    texts = []
    for part in parts:
        texts.extend(node.text or "" for node in part.iter(qn("w:t")))
    return "\n".join(texts)


def main(path):
    document = docx.Document(path)
    section = document.sections[0]
    footer = section.footer._element
    fields = [node.text.strip() for node in footer.iter(qn("w:instrText")) if node.text]
    fields += [node.get(qn("w:instr")).strip() for node in footer.iter(qn("w:fldSimple"))]

    numbering = document.part.numbering_part.element
    nums = []
    for num in numbering.findall(qn("w:num")):
        overrides = {}
        for override in num.findall(qn("w:lvlOverride")):
            start = override.find(qn("w:startOverride"))
            if start is not None:
                overrides[override.get(qn("w:ilvl"))] = int(start.get(qn("w:val")))
        nums.append({
            "numId": int(num.get(qn("w:numId"))),
            "abstractNumId": int(val(num, "w:abstractNumId")),
            "startOverrides": overrides,
        })
    abstract_levels = {}
    for abstract in numbering.findall(qn("w:abstractNum")):
        levels = []
        for lvl in abstract.findall(qn("w:lvl")):
            ind = lvl.find(qn("w:pPr") + "/" + qn("w:ind"))
            def twips(name):
                raw = None if ind is None else ind.get(qn(name))
                return None if raw is None else int(raw)
            levels.append({
                "ilvl": int(lvl.get(qn("w:ilvl"))),
                "numFmt": val(lvl, "w:numFmt"),
                "lvlText": val(lvl, "w:lvlText"),
                "left": twips("w:left") if twips("w:left") is not None else twips("w:start"),
                "hanging": twips("w:hanging"),
            })
        abstract_levels[abstract.get(qn("w:abstractNumId"))] = levels

    styles = document.styles.element
    rpr_default = styles.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    fonts = None if rpr_default is None else rpr_default.find(qn("w:rFonts"))
    size = val(rpr_default, "w:sz")
    lang = val(rpr_default, "w:lang")

    header = section.header
    print(json.dumps({
        "paragraphs": [paragraph_view(p) for p in document.paragraphs],
        "headerText": [] if header.is_linked_to_previous else [p.text for p in header.paragraphs],
        "tables": [table_view(t) for t in document.tables],
        "allText": all_text(document),
        "footerXml": footer.xml,
        "footerFields": fields,
        "numbering": nums,
        "abstractLevels": abstract_levels,
        "section": {
            "pageWidth": section.page_width,
            "pageHeight": section.page_height,
            "orientation": str(section.orientation),
            "margins": [section.top_margin, section.right_margin, section.bottom_margin, section.left_margin],
        },
        "coreTitle": document.core_properties.title,
        "coreAuthor": document.core_properties.author,
        "defaultFont": None if fonts is None else fonts.get(qn("w:ascii")),
        "defaultSizePt": None if size is None else int(size) / 2,
        "language": lang,
    }))


if __name__ == "__main__":
    main(sys.argv[1])

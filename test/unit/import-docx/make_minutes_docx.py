"""Writes a .docx of minutes from a JSON description read on standard input, with
python-docx, so the import is tested on Word files Minute Book did not write.

    /usr/bin/python3 make_minutes_docx.py OUT.docx < description.json

The description:
    {"header": "DRAFT", "footer": "Page 1",          page header and footer text (optional)
     "blocks": [ block, ... ]}
A block is one of:
    {"text": "...", "bold": true, "italic": false, "style": "Heading 2"}   a paragraph
    {"runs": [{"text": "...", "bold": true, "italic": true}, ...], "style": ...}
    {"list": "number" | "letter" | "bullet", "level": 0, "text": "...", "restart": true}
        a paragraph in Word's own list numbering: "number" lists are "1." / "(a)" / "(i)"
        by level, "letter" lists "(a)" / "(i)"; "restart": true starts a new list instance
        numbered from 1 again
    {"table": [[cell, cell], ...]}   a cell is a string or a list of strings (paragraphs)
    {"blank": true}                  an empty paragraph
"""
import json
import sys

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

ABSTRACT_IDS = {"number": 90, "letter": 91, "bullet": 92}


def abstract_num(abstract_id, levels):
    lvls = "".join(
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (ilvl + 1)}" w:hanging="720"/></w:pPr></w:lvl>'
        for ilvl, (fmt, text) in enumerate(levels)
    )
    return parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')


class Lists:
    """Word list numbering added to the document's numbering part."""

    def __init__(self, document):
        self.numbering = document.part.numbering_part.element
        first_num = self.numbering.find(qn("w:num"))
        numbered = abstract_num(ABSTRACT_IDS["number"], [("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")] * 3)
        lettered = abstract_num(ABSTRACT_IDS["letter"], [("lowerLetter", "(%1)"), ("lowerRoman", "(%2)"), ("decimal", "%3.")] * 3)
        bullets = abstract_num(ABSTRACT_IDS["bullet"], [("bullet", "\u2022"), ("bullet", "\u2013"), ("bullet", "\u25e6")] * 3)
        for element in (numbered, lettered, bullets):
            if first_num is None:
                self.numbering.append(element)
            else:
                first_num.addprevious(element)
        self.current = {}

    def num_id(self, kind, restart):
        if restart or kind not in self.current:
            num = self.numbering.add_num(ABSTRACT_IDS[kind])
            override = num.add_lvlOverride(ilvl=0)
            override.add_startOverride(1)
            self.current[kind] = num.numId
        return self.current[kind]


def add_runs(paragraph, block):
    runs = block.get("runs") or [{"text": block.get("text", ""), "bold": block.get("bold"), "italic": block.get("italic")}]
    for spec in runs:
        run = paragraph.add_run(spec["text"])
        if spec.get("bold") is not None:
            run.bold = spec["bold"]
        if spec.get("italic") is not None:
            run.italic = spec["italic"]


def fill_cell(cell, content):
    texts = content if isinstance(content, list) else [content]
    cell.paragraphs[0].text = texts[0] if texts else ""
    for text in texts[1:]:
        cell.add_paragraph(text)


def main():
    out = sys.argv[1]
    description = json.load(sys.stdin)
    document = docx.Document()
    lists = Lists(document)
    section = document.sections[0]
    if description.get("header"):
        section.header.paragraphs[0].text = description["header"]
    if description.get("footer"):
        section.footer.paragraphs[0].text = description["footer"]
    for block in description["blocks"]:
        if block.get("blank"):
            document.add_paragraph()
        elif "table" in block:
            rows = block["table"]
            table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
            for r, row in enumerate(rows):
                for c, content in enumerate(row):
                    fill_cell(table.cell(r, c), content)
        elif "list" in block:
            paragraph = document.add_paragraph()
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = block.get("level", 0)
            num_pr.get_or_add_numId().val = lists.num_id(block["list"], block.get("restart", False))
            add_runs(paragraph, block)
        else:
            paragraph = document.add_paragraph(style=block.get("style"))
            add_runs(paragraph, block)
    document.save(out)


if __name__ == "__main__":
    main()

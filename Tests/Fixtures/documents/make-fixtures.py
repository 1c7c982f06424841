#!/usr/bin/python3
"""Builds the DOCX and PDF fixtures for the document reader tests.

Run from this folder with Debian's python3-docx and LibreOffice installed:

    /usr/bin/python3 make-fixtures.py [NAME ...]

With names ("wrapped-lines"), only those PDFs are built.

Every person, company and number here is invented. The PDFs come from LibreOffice, so the
reader is tested on a producer other than Candor's own writer.
"""

import os
import sys
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
W = nsdecls("w")


def base(size=11):
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Liberation Serif"
    style.font.size = Pt(size)
    return document


def add_field(paragraph, instruction, shown):
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {W} w:instr=" {instruction} "><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>'))


def resume_docx():
    """Headings, list items, a header with contacts, tables and a text box."""
    document = base()
    header = document.sections[0].header.paragraphs[0]
    header.text = "Lena Marsh · lena.marsh@example.org · (617) 555-0134"
    document.add_heading("Lena Marsh", level=0)
    document.add_paragraph("Site reliability engineer in Boston, MA.")
    document.add_heading("Experience", level=1)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Quillon Freight", "Senior SRE", "2021 – present"]):
        cell.text = text
    document.add_paragraph("Cut paging noise by 64% across 40 services.", style="List Bullet")
    document.add_paragraph("Ran game days for 3 regions.", style="List Bullet")
    document.add_paragraph("Mentored two new engineers.", style="List Bullet 2")
    document.add_paragraph("• Wrote the incident review guide.")
    document.add_paragraph("# not a heading, a hash in body text")
    document.add_heading("Projects", level=2)
    layout = document.add_table(rows=1, cols=2)
    left, right = layout.rows[0].cells
    left.text = "tidewatch"
    left.add_paragraph("2023")
    right.text = "An alert router in Rust."
    right.add_paragraph("Handles 9,000 alerts a minute.")
    box = document.add_paragraph()
    box._p.append(parse_xml(
        f'<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="v"><w:pict><v:shape><v:textbox>'
        '<w:txbxContent><w:p><w:r><w:t>Certified Kubernetes Administrator</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>'
        '<w:t>Certified Kubernetes Administrator</w:t></w:r></w:p></w:txbxContent>'
        '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'))
    deleted = document.add_paragraph("Kept words.")
    deleted._p.append(parse_xml(
        f'<w:del {W} w:id="1" w:author="x" w:date="2024-01-01T00:00:00Z">'
        '<w:r><w:delText> Deleted words.</w:delText></w:r></w:del>'))
    document.save(os.path.join(HERE, "resume.docx"))


def two_column_docx(path):
    """A resume set in two newspaper columns: skills on the left, experience on the right."""
    document = base(10)
    document.add_heading("Owen Castellanos", level=0)
    document.add_paragraph("owen.c@example.net · Denver, CO")
    section = document.add_section(WD_SECTION.CONTINUOUS)
    section._sectPr.append(parse_xml(f'<w:cols {W} w:num="2" w:space="720"/>'))
    document.add_heading("Skills", level=1)
    for skill in ["Terraform and Ansible", "PostgreSQL tuning", "Go and Python",
                  "Incident command", "Budget planning for cloud spend"]:
        document.add_paragraph(skill, style="List Bullet")
    document.add_heading("Education", level=1)
    document.add_paragraph("B.S. Computer Engineering, Mesa Ridge University, 2014")
    document.add_heading("Languages", level=1)
    document.add_paragraph("English, Spanish, basic Portuguese")
    last = document.paragraphs[-1]
    last.add_run().add_break(docx_break_column())
    document.add_heading("Experience", level=1)
    document.add_paragraph("Halvorsen Energy — Staff Platform Engineer, 2020 – present")
    for line in ["Moved 210 services to a shared Kubernetes platform.",
                 "Cut cloud spend by 31% in the first year.",
                 "Led a platform team of six engineers."]:
        document.add_paragraph(line, style="List Bullet")
    document.add_paragraph("Brightwater Labs — Platform Engineer, 2016 – 2020")
    for line in ["Built the deploy pipeline used by 40 teams.",
                 "Wrote the on-call handbook and trained 25 responders."]:
        document.add_paragraph(line, style="List Bullet")
    document.save(path)


def docx_break_column():
    from docx.enum.text import WD_BREAK
    return WD_BREAK.COLUMN


def sidebar_docx(path):
    """A sidebar layout made with a two-cell table, smaller type in the sidebar."""
    document = base(11)
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.width = Cm(5.5)
    right.width = Cm(11.5)
    sidebar = ["Contact", "nadia.q@example.com", "Leeds, UK", "", "Skills", "Payroll audits",
               "Xero and Sage", "IFRS reporting", "VAT returns", "", "Languages", "English",
               "Arabic"]
    left.text = sidebar[0]
    for text in sidebar[1:]:
        paragraph = left.add_paragraph(text)
    for paragraph in left.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(8.5)
    main = ["Nadia Qureshi", "Senior Accountant", "",
            "Experience",
            "Pemberton & Vale, Leeds — Senior Accountant, 2019 – present",
            "Closed the monthly books in four days instead of nine.",
            "Led the move from Sage to Xero for 3 entities.",
            "Northgate Housing — Accountant, 2015 – 2019",
            "Prepared VAT returns for a £40m turnover group.",
            "Reconciled 14 bank accounts every week.",
            "", "Education", "BSc Accounting and Finance, University of Hull, 2015"]
    right.text = main[0]
    for text in main[1:]:
        right.add_paragraph(text)
    document.save(path)


def running_docx(path):
    """Two pages with a running header and a page-number footer on both."""
    document = base(11)
    section = document.sections[0]
    section.header.paragraphs[0].text = "Ivo Brandt — Resume"
    footer = section.footer.paragraphs[0]
    footer.text = "Page "
    add_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    add_field(footer, "NUMPAGES", "2")
    document.add_heading("Ivo Brandt", level=0)
    document.add_paragraph("ivo.brandt@example.de · Hamburg")
    document.add_heading("Experience", level=1)
    for year in range(2024, 2010, -1):
        document.add_paragraph(f"Elbtal Systems — Engineer, {year}")
        document.add_paragraph(f"Shipped release {year - 2000} of the billing service on time.",
                               style="List Bullet")
    document.save(path)


def spaced_docx(path):
    """Letter-spaced headings and ligature characters, as some templates produce them."""
    document = base(11)
    document.add_heading("Rhea Lindqvist", level=0)
    for title, body in [("WORK HISTORY", "Ran the ﬁnance systems team at Osterby Mills."),
                        ("SKILLS", "Eﬃcient reconciliation, workﬂow design, Oﬃce 365.")]:
        heading = document.add_paragraph()
        run = heading.add_run(title)
        run.bold = True
        run._r.get_or_add_rPr().append(parse_xml(f'<w:spacing {W} w:val="240"/>'))
        document.add_paragraph(body)
    document.save(path)


def wrapped_docx(path):
    """A letter-spaced name in capitals, a word hyphenated at a line break and a school
    name broken after "University of", as PDF resumes print them."""
    document = base(11)
    name = document.add_paragraph()
    run = name.add_run("J A N E   D O E")
    run.bold = True
    run.font.size = Pt(16)
    document.add_paragraph("Reporting Analyst · jane.doe@example.com · (303) 555-0147")
    document.add_heading("Experience", level=1)
    document.add_paragraph("Harbor Mills, Denver, CO — Reporting Analyst, Mar 2018 – Present")
    for parts in [["Led the migra-", "tion of 30 reports to Looker with end-to-end tests"],
                  ["Co-founded an analytics guild of 12 analysts; wrote its data dic-",
                   "tionary"]]:
        item = document.add_paragraph(style="List Bullet")
        item.add_run(parts[0]).add_break()
        item.add_run(parts[1])
    document.add_heading("Education", level=1)
    school = document.add_paragraph()
    school.add_run("B.S. Statistics, University of").add_break()
    school.add_run("Colorado Boulder, 2017")
    document.add_heading("Skills", level=1)
    document.add_paragraph("SQL, Looker, Python")
    document.save(path)


def to_pdf(docx_path, out_name, password=None):
    target = "pdf"
    if password:
        target = ('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
                  '"DocumentOpenPassword":{"type":"string","value":"%s"}}' % password)
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile",
             "--convert-to", target, "--outdir", folder, docx_path],
            check=True, capture_output=True)
        produced = os.path.join(folder, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        os.replace(produced, os.path.join(HERE, out_name))


def main(only):
    """Builds every fixture, or only the PDFs named in `only` ("wrapped-lines")."""
    if not only:
        resume_docx()
    with tempfile.TemporaryDirectory() as folder:
        for build, name in [(two_column_docx, "two-column"), (sidebar_docx, "sidebar"),
                            (running_docx, "running-header"), (spaced_docx, "spaced-letters"),
                            (wrapped_docx, "wrapped-lines")]:
            if only and name not in only:
                continue
            path = os.path.join(folder, name + ".docx")
            build(path)
            to_pdf(path, name + ".pdf")
        if only:
            return
        path = os.path.join(folder, "encrypted.docx")
        spaced_docx(path)
        to_pdf(path, "encrypted.pdf", password="candor")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Trap Word files: one per leak vector of the checklist, each with a known name planted there.

Builders only (imported by test_traps.py). Every name is invented.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.shared import Pt
from PIL import Image

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
DECL = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"


class Package:
    """A Word file's entries in memory, with the edits trap builders need."""

    def __init__(self, path: Path):
        self.path = path
        with zipfile.ZipFile(path) as archive:
            self.entries = {
                i.filename: archive.read(i).decode("latin-1") for i in archive.infolist()
            }

    def text(self, name: str) -> str:
        return self.entries[name].encode("latin-1").decode("utf-8")

    def put(self, name: str, text: str | bytes) -> None:
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        self.entries[name] = data.decode("latin-1")

    def replace(self, name: str, old: str, new: str) -> None:
        text = self.text(name)
        assert old in text, (name, old)
        self.put(name, text.replace(old, new, 1))

    def body(self, xml: str) -> None:
        self.replace("word/document.xml", "<w:sectPr", xml + "<w:sectPr")

    def part(
        self,
        name: str,
        content: str | bytes,
        content_type: str | None,
        source: str,
        rel_type: str,
        rel_id: str = "rIdTrap",
    ) -> None:
        self.put(name, content)
        if content_type:
            self.replace(
                "[Content_Types].xml",
                "</Types>",
                f'<Override PartName="/{name}" ContentType="{content_type}"/></Types>',
            )
        target = name[len("word/") :] if source.startswith("word/") else name
        self.relate(source, rel_id, rel_type, target)

    def relate(
        self, source: str, rel_id: str, rel_type: str, target: str, external: bool = False
    ) -> None:
        folder, _, base = source.rpartition("/")
        rels = f"{folder}/_rels/{base}.rels" if folder else "_rels/.rels"
        if rels not in self.entries:
            self.put(
                rels,
                DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/'
                'package/2006/relationships"></Relationships>',
            )
        mode = ' TargetMode="External"' if external else ""
        self.replace(
            rels,
            "</Relationships>",
            f'<Relationship Id="{rel_id}" Type="{rel_type}" '
            f'Target="{target}"{mode}/></Relationships>',
        )

    def save(self) -> Path:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in self.entries.items():
                archive.writestr(name, data.encode("latin-1"))
        self.path.write_bytes(buffer.getvalue())
        return self.path


@dataclass(frozen=True)
class Trap:
    """One leak vector: its name, the planted word, and how to plant it."""

    vector: str
    planted: str
    build: Callable[[Path], Path]
    in_bytes: bool = True  # False: the name is not one run of bytes (split, file name)


def base(path: Path, text: str = "The family was seen at home.") -> Path:
    document = docx.Document()
    document.add_paragraph(text)
    document.core_properties.author = "Analyst"
    document.save(path)
    return path


def raw(edit: Callable[[Package], None]) -> Callable[[Path], Path]:
    def build(path: Path) -> Path:
        package = Package(base(path))
        edit(package)
        return package.save()

    return build


def with_document(edit: Callable[[docx.document.Document], None]) -> Callable[[Path], Path]:
    def build(path: Path) -> Path:
        document = docx.Document()
        document.add_paragraph("The family was seen at home.")
        document.core_properties.author = "Analyst"
        edit(document)
        document.save(path)
        return path

    return build


def run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(inner: str) -> str:
    return f"<w:p>{inner}</w:p>"


def jpeg_with_exif(artist: str) -> bytes:
    image = Image.new("RGB", (8, 8), (200, 30, 30))
    exif = Image.Exif()
    exif[0x013B] = artist  # Artist
    exif[0x010E] = f"Photo of {artist}"  # ImageDescription
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes(), comment=artist.encode())
    return out.getvalue()


def png_with_text(author: str) -> bytes:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", author)
    info.add_itxt("Description", f"{author} at nursery")
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (30, 200, 30)).save(out, format="PNG", pnginfo=info)
    return out.getvalue()


def picture(build_image: Callable[[], bytes], descr: str = "", suffix: str = ".jpeg"):
    def edit(document):
        document.add_picture(io.BytesIO(build_image()))

    return with_document(edit)


def split_run(path: Path) -> Path:
    """Zephyrine split by formatting, proofing marks, a bookmark and a page-break mark."""
    package = Package(base(path))
    package.body(
        para(
            run("Seen: ")
            + run("Zeph", "<w:b/>")
            + '<w:proofErr w:type="spellStart"/>'
            + '<w:bookmarkStart w:id="7" w:name="seen"/>'
            + run("yr", "<w:i/>")
            + '<w:bookmarkEnd w:id="7"/>'
            + "<w:r><w:lastRenderedPageBreak/><w:t>ine</w:t></w:r>"
            + '<w:proofErr w:type="spellEnd"/>'
            + run(" Quill")
            + "<w:r><w:softHyphen/></w:r>"
            + run("feather was well.")
        )
    )
    return package.save()


CT = "application/vnd.openxmlformats-officedocument."
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def _core(field: str, value: str):
    return with_document(lambda d: setattr(d.core_properties, field, value))


def _app(p: Package) -> None:
    p.replace(
        "docProps/app.xml",
        "</Properties>",
        "<Manager>Oswin Tarrowby</Manager><Company>Tarrowby Consulting</Company></Properties>",
    )


def _custom(p: Package) -> None:
    p.part(
        "docProps/custom.xml",
        DECL + '<Properties xmlns="http://schemas.openxmlformats.org/'
        'officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/'
        'officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-'
        '08002B2CF9AE}" pid="2" name="Client"><vt:lpwstr>Zephyrine Quillfeather</vt:lpwstr>'
        "</property></Properties>",
        CT + "custom-properties+xml",
        "",
        RT + "custom-properties",
    )


def _custom_xml(p: Package) -> None:
    p.put("customXml/item1.xml", DECL + "<case><child>Zephyrine Quillfeather</child></case>")


def _content_control(p: Package) -> None:
    p.body(
        '<w:sdt><w:sdtPr><w:alias w:val="Marigold"/><w:tag w:val="Marigold"/>'
        '<w:dataBinding w:xpath="/case/child" w:storeItemID="{1}"/></w:sdtPr>'
        "<w:sdtContent>" + para(run("Marigold Quillfeather")) + "</w:sdtContent></w:sdt>"
    )


def _thumbnail(p: Package) -> None:
    p.put("docProps/thumbnail.jpeg", jpeg_with_exif("Zephyrine Quillfeather"))


def _comments(p: Package) -> None:
    p.body(
        para(
            '<w:commentRangeStart w:id="0"/>'
            + run("Seen at home.")
            + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
        )
    )
    p.part(
        "word/comments.xml",
        DECL + f'<w:comments {W}><w:comment w:id="0" '
        'w:author="Oswin Tarrowby" w:initials="OT">'
        + para(run("Ask Marigold"))
        + "</w:comment></w:comments>",
        CT + "wordprocessingml.comments+xml",
        "word/document.xml",
        RT + "comments",
    )


def _people(p: Package) -> None:
    p.part(
        "word/people.xml",
        DECL + '<w15:people xmlns:w15="http://schemas.microsoft.com/'
        'office/word/2012/wordml"><w15:person w15:author="Oswin Tarrowby"><w15:presenceInfo '
        'w15:providerId="AD" w15:userId="oswin@example.org"/></w15:person></w15:people>',
        "application/vnd.ms-word.people+xml",
        "word/document.xml",
        "http://schemas.microsoft.com/office/2011/relationships/people",
    )


def _insertion(p: Package) -> None:
    p.body(
        para(
            '<w:ins w:id="1" w:author="Analyst" w:date="2025-01-01T00:00:00Z">'
            + run("Zephyrine was seen.")
            + "</w:ins>"
        )
    )


def _deletion(p: Package) -> None:
    p.body(
        para(
            '<w:del w:id="2" w:author="Analyst" w:date="2025-01-01T00:00:00Z"><w:r>'
            "<w:delText>Marigold said</w:delText></w:r></w:del>" + run("Seen.")
        )
    )


def _move(p: Package) -> None:
    p.body(
        para(
            '<w:moveFrom w:id="3" w:author="Analyst"><w:r><w:t>Brackenfold</w:t></w:r>'
            "</w:moveFrom>" + run("Moved.")
        )
    )


def _revision_author(p: Package) -> None:
    p.body(
        para(
            '<w:ins w:id="4" w:author="Oswin Tarrowby" w:date="2025-01-01T00:00:00Z">'
            '<w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="Oswin Tarrowby"><w:rPr/>'
            "</w:rPrChange></w:rPr><w:t>Seen.</w:t></w:r></w:ins>"
        )
    )


def _header(kind: str):
    def edit(document):
        section = document.sections[0]
        if kind == "first":
            section.different_first_page_header_footer = True
            section.first_page_header.paragraphs[0].text = "Re: Zephyrine"
        elif kind == "even":
            document.settings.odd_and_even_pages_header_footer = True
            section.even_page_footer.paragraphs[0].text = "Re: Quillfeather"
        else:
            section.header.paragraphs[0].text = "Re: Marigold"

    return with_document(edit)


def _watermark(path: Path) -> Path:
    with_document(lambda d: setattr(d.sections[0].header.paragraphs[0], "text", "H"))(path)
    p = Package(path)
    p.replace(
        "word/header1.xml",
        "</w:p>",
        '<w:r><w:pict><v:shape xmlns:v="urn:schemas-'
        'microsoft-com:vml" id="wm" type="#_x0000_t136" style="width:400pt;height:100pt">'
        '<v:textpath string="Quillfeather family"/></v:shape></w:pict></w:r></w:p>',
    )
    return p.save()


def _notes(kind: str):
    def edit(p: Package) -> None:
        p.body(para(run("Seen.") + f'<w:r><w:{kind}Reference w:id="1"/></w:r>'))
        p.part(
            f"word/{kind}s.xml",
            DECL
            + f'<w:{kind}s {W}><w:{kind} w:id="1">'
            + para(run("Told by Marigold"))
            + f"</w:{kind}></w:{kind}s>",
            CT + f"wordprocessingml.{kind}s+xml",
            "word/document.xml",
            RT + f"{kind}s",
        )

    return raw(edit)


def _textbox(p: Package) -> None:
    box = para(run("Zephyrine in box"))
    p.body(
        para(
            f'<w:r><mc:AlternateContent {MC}><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="914400" cy="457200"/><wp:wrapNone/><wp:docPr id="9" name="Text Box 1"/>'
            f'<a:graphic {A}><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
            'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" '
            'y="0"/><a:ext cx="914400" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
            f"</a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx>"
            "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
            '</mc:Choice><mc:Fallback><w:pict><v:shape style="width:72pt;height:36pt" '
            'alt="Box about Zephyrine"><v:textbox><w:txbxContent>'
            + box
            + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>"
        )
    )


def _smartart(p: Package) -> None:
    text = (
        f"<dgm:t><a:bodyPr {A}/><a:p {A}><a:r><a:t>Marig</a:t></a:r><a:r><a:t>old</a:t>"
        "</a:r></a:p></dgm:t>"
    )
    p.part(
        "word/diagrams/data1.xml",
        DECL + '<dgm:dataModel xmlns:dgm="http://schemas.'
        f'openxmlformats.org/drawingml/2006/diagram" {A}><dgm:ptLst><dgm:pt modelId="1">'
        f"{text}</dgm:pt></dgm:ptLst></dgm:dataModel>",
        CT + "drawingml.diagramData+xml",
        "word/document.xml",
        RT + "diagramData",
    )
    p.part(
        "word/diagrams/drawing1.xml",
        DECL + '<dsp:drawing xmlns:dsp="http://schemas.'
        f'microsoft.com/office/drawing/2008/diagram" {A}><dsp:spTree><dsp:sp><dsp:txBody>'
        "<a:p><a:r><a:t>Marigold</a:t></a:r></a:p></dsp:txBody></dsp:sp></dsp:spTree>"
        "</dsp:drawing>",
        "application/vnd.ms-office.drawingml.diagramDrawing+xml",
        "word/document.xml",
        "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing",
        "rIdTrap2",
    )


def _chart(p: Package) -> None:
    p.part(
        "word/charts/chart1.xml",
        DECL + '<c:chartSpace xmlns:c="http://schemas.'
        f'openxmlformats.org/drawingml/2006/chart" {A} {R}><c:chart><c:title><c:tx><c:rich>'
        "<a:bodyPr/><a:p><a:r><a:t>Contacts with Oswin</a:t></a:r></a:p></c:rich></c:tx>"
        "</c:title><c:plotArea><c:barChart><c:ser><c:cat><c:strRef><c:f>Sheet1!$A$2</c:f>"
        '<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Oswin Tarrowby</c:v></c:pt>'
        "</c:strCache></c:strRef></c:cat></c:ser></c:barChart></c:plotArea></c:chart>"
        '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData>'
        "</c:chartSpace>",
        CT + "drawingml.chart+xml",
        "word/document.xml",
        RT + "chart",
    )
    p.put(
        "word/embeddings/Microsoft_Excel_Worksheet1.xlsx",
        _zip({"xl/sharedStrings.xml": "<sst><si><t>Oswin Tarrowby</t></si></sst>"}),
    )
    p.relate(
        "word/charts/chart1.xml",
        "rId1",
        RT + "package",
        "../embeddings/Microsoft_Excel_Worksheet1.xlsx",
    )
    p.replace(
        "[Content_Types].xml",
        "</Types>",
        '<Default Extension="xlsx" ContentType='
        '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/></Types>',
    )


def _zip(entries: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in entries.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _alt_text(path: Path) -> Path:
    def edit(document):
        document.add_picture(io.BytesIO(png_with_text("x")), width=Pt(20))

    with_document(edit)(path)
    p = Package(path)
    p.replace(
        "word/document.xml", 'descr=""', 'descr="Photo of Zephyrine at nursery"'
    ) if 'descr=""' in p.text("word/document.xml") else p.replace(
        "word/document.xml", "<wp:docPr ", '<wp:docPr descr="Photo of Zephyrine" '
    )
    p.replace("word/document.xml", 'name="Picture 1"', 'name="Zephyrine.png"')
    return p.save()


def _hyperlink(p: Package) -> None:
    p.relate(
        "word/document.xml",
        "rIdLink",
        RT + "hyperlink",
        "mailto:zephyrine.quillfeather@example.org",
        external=True,
    )
    p.relate(
        "word/document.xml",
        "rIdLink2",
        RT + "hyperlink",
        "file://server/cases/Quillfeather/notes.docx",
        external=True,
    )
    p.body(
        para(
            '<w:hyperlink r:id="rIdLink">'
            + run("write to Marigold", '<w:rStyle w:val="Hyperlink"/>')
            + '</w:hyperlink><w:hyperlink r:id="rIdLink2">'
            + run(" or see notes")
            + "</w:hyperlink>"
        )
    )


def _mergefield(p: Package) -> None:
    p.body(
        para(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
            'xml:space="preserve"> MERGEFIELD Quillfeather_surname </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + run("«surname»")
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
    )


def _author_field(p: Package) -> None:
    p.body(
        para(
            '<w:fldSimple w:instr=" AUTHOR \\* MERGEFORMAT ">'
            + run("Oswin Tarrowby")
            + "</w:fldSimple>"
        )
    )


def _hyperlink_field(p: Package) -> None:
    p.body(
        para(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
            'xml:space="preserve"> HYPERLINK "https://example.org/zephyrine" </w:instrText>'
            '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + run("the page")
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
    )


def _settings(xml: str, rel: tuple[str, str] | None = None):
    def edit(p: Package) -> None:
        p.replace("word/settings.xml", "</w:settings>", xml + "</w:settings>")
        if rel:
            p.relate("word/settings.xml", "rIdS1", RT + rel[0], rel[1], external=True)

    return raw(edit)


def _glossary(p: Package) -> None:
    p.part(
        "word/glossary/document.xml",
        DECL + f"<w:glossaryDocument {W}><w:docParts>"
        "<w:docPart><w:docPartBody>"
        + para(run("Marigold Quillfeather"))
        + "</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>",
        CT + "wordprocessingml.document.glossary+xml",
        "word/document.xml",
        RT + "glossaryDocument",
    )


def _embedding(p: Package) -> None:
    p.part(
        "word/embeddings/oleObject1.bin",
        "Oswin Tarrowby".encode("utf-16-le") * 3,
        None,
        "word/document.xml",
        RT + "oleObject",
        "rIdOle",
    )
    p.replace(
        "[Content_Types].xml",
        "</Types>",
        '<Default Extension="bin" ContentType='
        '"application/vnd.openxmlformats-officedocument.oleObject"/></Types>',
    )
    p.body(
        para(
            '<w:r><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office"'
            ' Type="Embed" ProgID="Word.Document.12" ObjectID="_1" r:id="rIdOle"/>'
            "</w:object></w:r>"
        )
    )


def _printer(p: Package) -> None:
    p.part(
        "word/printerSettings/printerSettings1.bin",
        "\\\\Tarrowby-PC\\printer".encode("utf-16-le"),
        None,
        "word/document.xml",
        RT + "printerSettings",
    )
    p.replace(
        "[Content_Types].xml",
        "</Types>",
        '<Default Extension="bin" ContentType='
        '"application/vnd.openxmlformats-officedocument.wordprocessingml.printerSettings"'
        "/></Types>",
    )


def _file_name(path: Path) -> Path:
    return base(path.with_name("IMR_Quillfeather_v3.docx"))


def _body(xml: str):
    return raw(lambda p: p.body(xml))


def _exif(path: Path) -> Path:
    return with_document(lambda d: d.add_picture(io.BytesIO(jpeg_with_exif("Oswin Tarrowby"))))(
        path
    )


def _png_text(path: Path) -> Path:
    return with_document(lambda d: d.add_picture(io.BytesIO(png_with_text("Marigold"))))(path)


def _table(document) -> None:
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 1).text = "Brackenfold Primary School"


TRAPS: tuple[Trap, ...] = (
    Trap("core creator", "Tarrowby", _core("author", "Oswin Tarrowby")),
    Trap("core lastModifiedBy", "Tarrowby", _core("last_modified_by", "Oswin Tarrowby")),
    Trap("core title", "Zephyrine", _core("title", "IMR: Zephyrine")),
    Trap("core subject", "Quillfeather", _core("subject", "Quillfeather family")),
    Trap("core keywords", "Marigold", _core("keywords", "Marigold; neglect")),
    Trap("core description", "Zephyrine", _core("comments", "About Zephyrine")),
    Trap("core category", "Brackenfold", _core("category", "Brackenfold")),
    Trap("app manager and company", "Tarrowby", raw(_app)),
    Trap("custom properties", "Quillfeather", raw(_custom)),
    Trap("custom XML part", "Quillfeather", raw(_custom_xml)),
    Trap("content control with data binding", "Marigold", raw(_content_control)),
    Trap("thumbnail", "Quillfeather", raw(_thumbnail)),
    Trap("comments and author", "Tarrowby", raw(_comments)),
    Trap("people part", "Tarrowby", raw(_people)),
    Trap("tracked insertion", "Zephyrine", raw(_insertion)),
    Trap("tracked deletion", "Marigold", raw(_deletion)),
    Trap("tracked move from", "Brackenfold", raw(_move)),
    Trap("revision authors", "Tarrowby", raw(_revision_author)),
    Trap("default header", "Marigold", _header("default")),
    Trap("first-page header", "Zephyrine", _header("first")),
    Trap("even-page footer", "Quillfeather", _header("even")),
    Trap("watermark", "Quillfeather", _watermark),
    Trap("footnote", "Marigold", _notes("footnote")),
    Trap("endnote", "Marigold", _notes("endnote")),
    Trap("text box both branches", "Zephyrine", raw(_textbox)),
    Trap("SmartArt", "Marigold", raw(_smartart)),
    Trap("chart cache and workbook", "Tarrowby", raw(_chart)),
    Trap("alt text and object name", "Zephyrine", _alt_text),
    Trap("JPEG EXIF", "Tarrowby", _exif),
    Trap("PNG text chunks", "Marigold", _png_text),
    Trap("hyperlink targets and text", "Quillfeather", raw(_hyperlink)),
    Trap("MERGEFIELD code", "Quillfeather", raw(_mergefield)),
    Trap("AUTHOR field", "Tarrowby", raw(_author_field)),
    Trap("HYPERLINK field code", "Zephyrine", raw(_hyperlink_field)),
    Trap(
        "document variables",
        "Zephyrine",
        _settings(
            '<w:docVars><w:docVar w:name="child" w:val="Zephyrine Quillfeather"/></w:docVars>'
        ),
    ),
    Trap(
        "attached template path",
        "Tarrowby",
        _settings(
            '<w:attachedTemplate r:id="rIdS1"/>',
            ("attachedTemplate", "file:///C:/Users/Oswin%20Tarrowby/IMR.dotm"),
        ),
    ),
    Trap(
        "mail merge source",
        "Quillfeather",
        _settings(
            '<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="native"/>'
            '<w:query w:val="SELECT * FROM `Quillfeather$`"/></w:mailMerge>'
        ),
    ),
    Trap("glossary", "Marigold", raw(_glossary)),
    Trap("embedded OLE object", "Tarrowby", raw(_embedding)),
    Trap("printer settings", "Tarrowby", raw(_printer)),
    Trap("hidden text", "Zephyrine", _body(para(run("Zephyrine", "<w:vanish/>")))),
    Trap("table cell", "Brackenfold", with_document(_table)),
    Trap(
        "smart tag",
        "Brackenfold",
        _body(
            para(
                '<w:smartTag w:uri="urn:x" w:element="place">'
                + run("Brackenfold")
                + "</w:smartTag>"
            )
        ),
    ),
    Trap(
        "legacy form field",
        "Marigold",
        _body(
            para(
                '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/>'
                '<w:textInput><w:default w:val="Marigold"/></w:textInput><w:helpText w:type="text" '
                'w:val="Marigold"/></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMTEXT '
                '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                + run("Marigold")
                + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            )
        ),
    ),
    Trap(
        "bookmark name",
        "Zephyrine",
        _body(
            para(
                '<w:bookmarkStart w:id="1" w:name="Zephyrine"/>'
                + run("Seen.")
                + '<w:bookmarkEnd w:id="1"/>'
            )
        ),
    ),
    Trap(
        "editing permission",
        "oswin",
        _body(
            '<w:permStart w:id="1" w:ed="oswin@example.org"/>'
            + para(run("Seen."))
            + '<w:permEnd w:id="1"/>'
        ),
    ),
    Trap("split runs", "Zephyrine", split_run, in_bytes=False),
    Trap("file name", "Quillfeather", _file_name, in_bytes=False),
)


# One trap per place of the registry (pipeline.ooxml.places.PLACES), built from the entry
# itself: a place added to the registry is planted, read and rewritten with no new builder.
def _declared(*names: str) -> str:
    """Namespace declarations for the prefixes of qualified names ("wp:docPr", "o:title")."""
    from pipeline.ooxml.xml import NS

    prefixes = dict.fromkeys(n.split(":")[0] for n in names if n and ":" in n)
    return " ".join(f'xmlns:{p}="{NS[p]}"' for p in prefixes if p not in ("w", "xml"))


def _element(place, text: str) -> str:
    """The place's element holding ``text`` (as its attribute or its own text)."""
    tag = "w:planted" if place.element == "*" else place.element
    declared = _declared(tag, place.attribute or "")
    if place.attribute is not None:
        return f'<{tag} {declared} {place.attribute}="{text}"/>'
    return f"<{tag} {declared}>{text}</{tag}>"


def _in_body(place, text: str) -> str:
    if place.join == "paragraph" and place.element == "w:p":
        return para(run(text))
    if place.join == "paragraph":
        return para(f"<w:r><a:p {A}><a:r><a:t>{text}</a:t></a:r></a:p></w:r>")
    if place.join == "field code":
        return para(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "{text}" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + run("the page")
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
    return para(f"<w:r>{_element(place, text)}</w:r>" + run("Seen."))


def _plant(p: Package, place, text: str) -> None:
    kinds = place.parts
    if not kinds:
        p.body(_in_body(place, text))
    elif kinds == ("core properties",):
        p.replace(
            "docProps/core.xml",
            "</cp:coreProperties>",
            _element(place, text) + "</cp:coreProperties>",
        )
    elif kinds == ("app properties",):
        p.replace("docProps/app.xml", "</Properties>", f"<Planted>{text}</Planted></Properties>")
    elif kinds == ("custom properties",):
        name = text if place.attribute == "name" else "Client"
        value = "Seen" if place.attribute == "name" else text
        p.part(
            "docProps/custom.xml",
            DECL + '<Properties xmlns="http://schemas.openxmlformats.org/'
            'officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/'
            'officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-'
            f'08002B2CF9AE}}" pid="2" name="{name}"><vt:lpwstr>{value}</vt:lpwstr>'
            "</property></Properties>",
            CT + "custom-properties+xml",
            "",
            RT + "custom-properties",
        )
    elif kinds == ("people",):
        p.part(
            "word/people.xml",
            DECL + '<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
            f'<w15:person w15:author="{text}"/></w15:people>',
            "application/vnd.ms-word.people+xml",
            "word/document.xml",
            "http://schemas.microsoft.com/office/2011/relationships/people",
        )
    elif kinds == ("custom xml",):
        p.put("customXml/item1.xml", DECL + f"<case><child>{text}</child></case>")
    elif kinds == ("relationships",):
        p.relate("word/document.xml", "rIdPlanted", RT + "hyperlink", f"mailto:{text}", True)
    elif kinds == ("settings",):
        if place.element == "w:query":
            xml = (
                '<w:mailMerge><w:mainDocumentType w:val="formLetters"/>'
                f'<w:query w:val="{text}"/></w:mailMerge>'
            )
        else:
            value = (
                f'w:name="{text}" w:val="x"'
                if place.attribute == "w:name"
                else (f'w:name="child" w:val="{text}"')
            )
            xml = f"<w:docVars><w:docVar {value}/></w:docVars>"
        p.replace("word/settings.xml", "</w:settings>", xml + "</w:settings>")
    else:
        raise AssertionError(f"no way to plant a name in {place} yet: add one here")


def planted_at(place, text: str = "Zephyrine") -> Callable[[Path], Path]:
    """A builder of a Word file with ``text`` planted at one registry place."""
    return raw(lambda p: _plant(p, place, text))

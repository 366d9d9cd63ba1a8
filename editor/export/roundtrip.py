"""The incident JSON carried inside an exported .docx as a custom XML part, and reading it back safely.

The JSON is base64 inside one XML element, so every character (even ones XML cannot hold) and
every evidence offset survive exactly. Reading never trusts the file: sizes are checked before
anything is inflated, and XML with a DTD is refused.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import uuid
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.errors import InputError
from editor.model.report import IncidentReport

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

NAMESPACE = "urn:incident-editor:report:1"
ROOT_TAG = f"{{{NAMESPACE}}}incidentReport"
RT_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
RT_CUSTOM_XML_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
MAX_PACKAGE_BYTES = 512 * 1024 * 1024  # the .docx file itself
MAX_ITEM_BYTES = 96 * 1024 * 1024  # one custom XML part, inflated
MAX_ITEMS = 64


def payload_xml(report: IncidentReport) -> bytes:
    """The custom XML part's bytes for ``report``."""
    # ensure_ascii keeps lone surrogates and control characters as JSON escapes: exact round trip
    text = json.dumps(report.to_json_dict(), ensure_ascii=True, sort_keys=False, separators=(",", ":"))
    encoded = base64.b64encode(text.encode("ascii")).decode("ascii")
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<ie:incidentReport xmlns:ie="{NAMESPACE}" encoding="base64" format="incident-json" '
            f'schemaVersion="{report.schema_version}">{encoded}</ie:incidentReport>').encode("utf-8")


def _props_xml(item_id: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            f'<ds:datastoreItem ds:itemID="{{{item_id}}}" '
            f'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
            f'<ds:schemaRefs><ds:schemaRef ds:uri="{NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>').encode("utf-8")


def _is_ours(blob: bytes) -> bool:
    return NAMESPACE.encode() in blob[:512] and b"incidentReport" in blob[:512]


def remove_embedded(document: DocxDocument) -> None:
    """Drop any incident JSON part already related from the document (a previous report used as template)."""
    part = document.part
    for r_id, rel in list(part.rels.items()):
        if rel.reltype == RT_CUSTOM_XML and not rel.is_external and _is_ours(rel.target_part.blob):
            del part.rels[r_id]


def embed_report(document: DocxDocument, report: IncidentReport) -> None:
    """Store ``report`` as customXml/itemN.xml (+ itemPropsN.xml), related from the main document part."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    remove_embedded(document)
    package = document.part.package
    used = {str(p.partname) for p in package.iter_parts()}
    n = 1
    while f"/customXml/item{n}.xml" in used or f"/customXml/itemProps{n}.xml" in used:
        n += 1
    item = Part(PackURI(f"/customXml/item{n}.xml"), "application/xml", payload_xml(report), package)
    props = Part(PackURI(f"/customXml/itemProps{n}.xml"), CT_CUSTOM_XML_PROPS,
                 _props_xml(str(uuid.uuid4()).upper()), package)
    item.relate_to(props, RT_CUSTOM_XML_PROPS)
    document.part.relate_to(item, RT_CUSTOM_XML)


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    if size > MAX_PACKAGE_BYTES:
        raise InputError(path, "file too large for a report")
    try:
        return zipfile.ZipFile(path)
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(path, "not a Word document") from None


def _read_limited(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bytes:
    """Inflate one member, refusing declared or actual sizes over the limit (zip bombs lie about sizes)."""
    if info.file_size > MAX_ITEM_BYTES:
        raise InputError(path, f"{info.filename} is too large once unpacked (refused: possible zip bomb)")
    try:
        with archive.open(info) as stream:
            data = stream.read(MAX_ITEM_BYTES + 1)
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, EOFError) as exc:
        raise InputError(path, f"{info.filename} is corrupt ({type(exc).__name__})") from None
    if len(data) > MAX_ITEM_BYTES:
        raise InputError(path, f"{info.filename} is too large once unpacked (refused: possible zip bomb)")
    return data


def _candidates(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    items = [i for i in archive.infolist()
             if i.filename.lower().startswith("customxml/item") and "props" not in i.filename.lower()
             and i.filename.lower().endswith(".xml")]
    return items[:MAX_ITEMS]


def _parse_item(data: bytes, path: Path, name: str) -> Any | None:
    """The XML root if the part is ours, None otherwise; hostile XML raises InputError."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    if not _is_ours(data):
        return None
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise InputError(path, f"{name} declares a DTD or entities (refused)") from None
    except Exception:  # noqa: BLE001 - any XML parse failure is a corrupt part
        raise InputError(path, f"{name} is not well-formed XML") from None


def _opened(path: Path, archive: zipfile.ZipFile | None) -> Any:
    # the caller's open archive stays open; a zip opened here is closed on leaving the block
    return contextlib.nullcontext(archive) if archive is not None else _open_zip(path)


def has_embedded_report(path: str | Path, archive: zipfile.ZipFile | None = None) -> bool:
    """Whether ``path`` is a .docx carrying incident JSON (False for anything unreadable); ``archive``: it, open."""
    path = Path(path)
    try:
        with _opened(path, archive) as archive:
            for info in _candidates(archive):
                if info.file_size > MAX_ITEM_BYTES:
                    continue
                with archive.open(info) as stream:
                    head = stream.read(512)
                if _is_ours(head):
                    return True
    except (InputError, zipfile.BadZipFile, OSError, RuntimeError, ValueError, EOFError):
        return False
    return False


def read_embedded_report(path: str | Path, archive: zipfile.ZipFile | None = None) -> IncidentReport:
    """The incident report stored in an exported .docx; InputError when absent, corrupt or hostile."""
    from editor.model.report import ValidationError, error_location

    path = Path(path)
    with _opened(path, archive) as archive:
        for info in _candidates(archive):
            data = _read_limited(archive, info, path)
            root = _parse_item(data, path, info.filename)
            if root is None:
                continue
            if root.tag != ROOT_TAG:
                raise InputError(path, f"{info.filename} has an unexpected root element")
            try:
                text = base64.b64decode((root.text or "").strip(), validate=True).decode("ascii")
                payload = json.loads(text)
            except (binascii.Error, ValueError, UnicodeDecodeError):
                raise InputError(path, "the embedded incident report is corrupt") from None
            if not isinstance(payload, dict):
                raise InputError(path, "the embedded incident report is not a JSON object")
            try:
                return IncidentReport.from_json_dict(payload)
            except ValidationError as exc:
                where, message = error_location(exc)
                raise InputError(path, f"the embedded incident report is invalid at /{where.replace('.', '/')}: "
                                       f"{message}") from None
    raise InputError(path, "no incident report embedded (not exported by Incident Report Editor)")


def embedded_report_if_any(path: str | Path) -> IncidentReport | None:
    """The report embedded in ``path``, None when it carries none or is no readable zip; the zip is opened once.

    The same answers as has_embedded_report() then read_embedded_report(), which open the package twice.
    """
    path = Path(path)
    try:
        archive = _open_zip(path)
    except InputError:  # unreadable or not a zip: no report (an article loader may still read it)
        return None
    with archive:
        if not has_embedded_report(path, archive):
            return None
        return read_embedded_report(path, archive)

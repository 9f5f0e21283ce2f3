"""Picture metadata (EXIF, XMP, IPTC, comments, text chunks) removed, pixels untouched."""

from __future__ import annotations

import io
import struct

from PIL import Image

# JPEG segments that carry no metadata; everything else before the scan goes.
_JPEG_KEEP = {0xC0 + i for i in range(16) if i not in (4, 8, 12)} | {
    0xC4,
    0xCC,
    0xDB,
    0xDD,
    0xE0,
    0xEE,
}
_PNG_DROP = {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class ImageNotCleaned(ValueError):
    """The picture could not be read well enough to clean it."""


def clean_image(name: str, data: bytes) -> bytes:
    """Return the picture without metadata; raises ``ImageNotCleaned`` if it cannot be read."""
    try:
        if data.startswith(b"\xff\xd8"):
            return _clean_jpeg(data)
        if data.startswith(_PNG_SIGNATURE):
            return _clean_png(data)
        return _resave(data)
    except (OSError, ValueError, struct.error, SyntaxError) as error:
        raise ImageNotCleaned(f"{name}: {error}") from error


def _clean_jpeg(data: bytes) -> bytes:
    """Copy the segments that draw the picture, byte for byte (lossless)."""
    out, pos = bytearray(data[:2]), 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise ValueError("JPEG marker expected")
        marker = data[pos + 1]
        if marker == 0xDA:  # start of scan: the rest is picture data
            out += data[pos:]
            return bytes(out)
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        segment = data[pos : pos + 2 + length]
        if marker in _JPEG_KEEP or _is_icc(marker, segment):
            out += segment
        pos += 2 + length
    raise ValueError("JPEG without picture data")


def _is_icc(marker: int, segment: bytes) -> bool:
    return marker == 0xE2 and segment[4:16] == b"ICC_PROFILE\x00"


def _clean_png(data: bytes) -> bytes:
    """Copy every chunk but the text, EXIF and time chunks (lossless)."""
    out, pos = bytearray(_PNG_SIGNATURE), len(_PNG_SIGNATURE)
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        chunk = data[pos : pos + 12 + length]
        if len(chunk) < 12 + length:
            raise ValueError("PNG chunk cut short")
        if kind not in _PNG_DROP:
            out += chunk
        pos += 12 + length
        if kind == b"IEND":
            return bytes(out)
    raise ValueError("PNG without an end chunk")


def _resave(data: bytes) -> bytes:
    """Other formats (TIFF, GIF, BMP): re-encode the pixels alone, same format and compression."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        kind, compression = image.format, image.info.get("compression")
        pixels = Image.frombytes(image.mode, image.size, image.tobytes())
        if image.mode == "P":
            pixels.putpalette(image.getpalette())
    out = io.BytesIO()
    options = {"compression": compression} if kind == "TIFF" and compression else {}
    pixels.save(out, format=kind, **options)
    return out.getvalue()

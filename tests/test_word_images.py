"""Picture metadata goes; pixels stay exactly as they were."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from word_trapfiles import jpeg_with_exif, png_with_text

from anonymiser.word.images import ImageNotCleaned, clean_image


def tiff_with_artist() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), (1, 2, 3)).save(
        out, format="TIFF", tiffinfo={315: "Tarrowby"}, compression="tiff_lzw"
    )
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "build"),
    [
        ("a.jpeg", lambda: jpeg_with_exif("Tarrowby")),
        ("b.png", lambda: png_with_text("Tarrowby")),
        ("c.tiff", tiff_with_artist),
    ],
)
def test_metadata_removed_pixels_kept(name, build):
    original = build()
    cleaned = clean_image(name, original)
    assert b"Tarrowby" in original and b"Tarrowby" not in cleaned
    with Image.open(io.BytesIO(original)) as before, Image.open(io.BytesIO(cleaned)) as after:
        assert before.tobytes() == after.tobytes()
        assert 315 not in after.getexif()  # Artist


def test_unreadable_picture_is_refused():
    with pytest.raises(ImageNotCleaned):
        clean_image("x.png", b"\x89PNG\r\n\x1a\n\x00\x00")

"""The bottom layer for Office (OOXML) packages: one set of limits, one safe XML parser, one
namespace table. It imports nothing of ours, so every package (``chronology``, ``anonymiser``,
``genogram``, ``pipeline``) can import it without a cycle."""

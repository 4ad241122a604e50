"""Clean: a capture in, clean articles out. trafilatura for HTML; sitrep's own line cleaner
for plain-text captures; page metadata and language identification."""

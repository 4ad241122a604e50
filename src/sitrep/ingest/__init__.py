"""Ingest: readers for every input format, decoding, and the batched runner that cleans,
fingerprints and stores captures one transaction per batch."""

"""Knowledge shared by every stage: the gazetteer of places, name keys for people,
canonical organisation names and the source rules (data/*.json)."""

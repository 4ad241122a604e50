import sitrep


def test_public_names_are_exported_and_documented():
    assert sorted(sitrep.__all__) == sitrep.__all__
    for name in sitrep.__all__:
        obj = getattr(sitrep, name)
        assert obj.__doc__, f"{name} has no docstring"


def test_exception_tree():
    assert issubclass(sitrep.SchemaTooNewError, sitrep.StoreError)
    assert issubclass(sitrep.StoreError, sitrep.SitrepError)
    assert issubclass(sitrep.GoldFileError, sitrep.SitrepError)
    codes = [r.code for r in sitrep.Reason]
    assert len(codes) == len(set(codes))


def test_a_store_from_a_newer_sitrep_is_refused(tmp_path):
    import sqlite3

    import pytest

    path = tmp_path / "future.db"
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version=999")
    con.close()
    with pytest.raises(sitrep.SchemaTooNewError, match="schema version 999"):
        sitrep.Store(path)

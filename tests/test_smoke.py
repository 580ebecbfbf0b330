import conflictcorpus as cc


def test_five_seeds_load_in_stable_order(seed_docs):
    assert [d.source.rsplit("/", 1)[-1][:3] for d in seed_docs] == [
        "000",
        "001",
        "002",
        "003",
        "004",
    ]
    assert {d.language for d in seed_docs} == {"en"}


def test_version_is_exposed():
    assert cc.__version__.count(".") == 2

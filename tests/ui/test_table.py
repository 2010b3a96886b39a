from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt

from govhr_desktop.ui.table import ID_ROLE, SORT_ROLE, Column, RecordFilterProxy, RecordTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    age: int
    joined: date | None


ROWS = [Row(1, "张三", 9, date(2024, 1, 2)), Row(2, "李四", 10, None), Row(3, "王五", 100, date(2020, 5, 1))]


def make(qapp):
    model = RecordTableModel(
        [Column("name", "姓名", lambda r: r.name), Column("age", "年龄", lambda r: r.age, align_right=True),
         Column("joined", "进驻", lambda r: r.joined)],
        search_key=lambda r: f"{r.name} {r.age}",
    )
    model.set_rows(ROWS)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def test_display_sort_and_id_roles(qapp):
    model, proxy = make(qapp)
    assert model.index(0, 2).data() == "2024-01-02"
    assert model.index(1, 2).data() == ""
    assert model.index(2, 1).data(SORT_ROLE) == 100
    assert model.index(2, 0).data(ID_ROLE) == 3
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(i, 1).data() for i in range(3)] == ["9", "10", "100"]  # numbers, not text


def test_search_words_and_predicates(qapp):
    model, proxy = make(qapp)
    proxy.set_search("张")
    assert proxy.rowCount() == 1
    proxy.set_search("10")
    assert {proxy.index(i, 0).data() for i in range(proxy.rowCount())} == {"李四", "王五"}
    proxy.set_predicate("old", lambda r: r.age > 50)
    assert [r.name for r in proxy.visible_rows()] == ["王五"]
    proxy.set_predicate("old", None)
    proxy.set_search("")
    assert proxy.rowCount() == 3


def test_model_sorts_chinese_in_pinyin_order_and_keeps_filter(qapp):
    from govhr_desktop.ui import i18n

    i18n.install(qapp, "zh_CN")
    model, proxy = make(qapp)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)  # forwarded to the model
    assert [model.index(i, 0).data() for i in range(3)] == ["李四", "王五", "张三"]
    proxy.set_search("1")  # 10 and 100
    assert [proxy.index(i, 0).data() for i in range(proxy.rowCount())] == ["李四", "王五"]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(i, 0).data() for i in range(proxy.rowCount())] == ["王五", "李四"]
    assert proxy.index(0, 0).data(ID_ROLE) == 3

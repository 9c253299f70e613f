"""The loader reads what learners bring from Excel, and says in Danish what is wrong with a bad file."""

import pandas as pd
import pytest

from workbook_helpers.data import DataError, read_table, write_danish_csv

COLUMNS = {"Trin": "str!", "Beløb": "float!", "Antal": "int", "Regelstyret": "bool", "Frist": "date"}
HEADER = "Trin;Beløb;Antal;Regelstyret;Frist"


def excel_csv(tmp_path, lines, encoding="utf-8-sig", name="fil.csv"):
    """A file as Danish Excel saves »CSV (semikolonsepareret)«: CRLF line ends."""
    path = tmp_path / name
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252"])
def test_well_formed_danish_excel_csv_loads_with_the_right_numbers(tmp_path, encoding):
    path = excel_csv(
        tmp_path,
        [HEADER, "Modtag ansøgning;1.234,50;1.200;ja;31-12-2026", "Søg i CPR;-12,5;3;nej;2026-01-02", ";;;;"],
        encoding,
    )
    table = read_table(path, COLUMNS)
    assert table["Trin"].tolist() == ["Modtag ansøgning", "Søg i CPR"]
    assert table["Beløb"].tolist() == [1234.5, -12.5]
    assert table["Antal"].tolist() == [1200, 3]
    assert table["Regelstyret"].tolist() == [True, False]
    assert table["Frist"].tolist() == [pd.Timestamp("2026-12-31"), pd.Timestamp("2026-01-02")]


def test_wrong_separator_is_named(tmp_path):
    path = excel_csv(tmp_path, ["Trin,Beløb", "Modtag,12.5"], name="komma.csv")
    with pytest.raises(DataError) as caught:
        read_table(path, COLUMNS)
    message = str(caught.value)
    assert "»komma.csv«" in message and "Række 1" in message and "semikolon" in message
    assert caught.value.row == 1


def test_missing_column_is_named(tmp_path):
    path = excel_csv(tmp_path, ["Trin;Antal;Regelstyret;Frist", "Modtag;1;ja;01-01-2026"], name="mangler.csv")
    with pytest.raises(DataError) as caught:
        read_table(path, COLUMNS)
    error = caught.value
    assert (error.file, error.row, error.column) == ("mangler.csv", 1, "Beløb")
    assert "kolonnen »Beløb«: Kolonnen mangler" in str(error)


def test_text_in_a_number_column_names_file_row_and_column(tmp_path):
    path = excel_csv(tmp_path, [HEADER, "Modtag;12;1;ja;", "Registrér;tolv;2;nej;"], name="tekst.csv")
    with pytest.raises(DataError) as caught:
        read_table(path, COLUMNS)
    error = caught.value
    assert (error.file, error.row, error.column) == ("tekst.csv", 3, "Beløb")
    assert "Række 3, kolonnen »Beløb«: »tolv« er ikke et tal" in str(error)


def test_windows_1252_with_danish_letters_in_the_error(tmp_path):
    lines = ["Trin;Beløb;Antal;Regelstyret;Frist", "Sagsbehandling på rådhuset;1,5;1;ja;", "Ændring;5.5;1;ja;"]
    path = excel_csv(tmp_path, lines, encoding="cp1252", name="ældre_fil.csv")
    with pytest.raises(DataError) as caught:
        read_table(path, COLUMNS)
    message = str(caught.value)
    assert "»ældre_fil.csv«" in message and "Række 3, kolonnen »Beløb«: »5.5« er ikke et tal" in message


def test_several_problems_are_listed_in_row_order(tmp_path):
    path = excel_csv(tmp_path, [HEADER, ";x;1,5;måske;32-13-2026"], name="mange.csv")
    with pytest.raises(DataError) as caught:
        read_table(path, COLUMNS)
    message = str(caught.value)
    assert message.startswith("Der er 5 problemer med filen »mange.csv«:")
    assert "Feltet er tomt" in message and "ikke et helt tal" in message and "… og 2 flere." in message


def test_extra_semicolon_on_a_row(tmp_path):
    path = excel_csv(tmp_path, ["Trin;Beløb", "Modtag;1;2;3"], name="ekstra.csv")
    with pytest.raises(DataError, match="semikolon for meget") as caught:
        read_table(path, {"Trin": "str", "Beløb": "float"})
    assert caught.value.row == 2


def test_empty_files_and_unknown_types(tmp_path):
    empty = tmp_path / "tom.csv"
    empty.write_text("")
    with pytest.raises(DataError, match="Filen er tom"):
        read_table(empty, COLUMNS)
    only_header = excel_csv(tmp_path, [HEADER], name="kun_overskrift.csv")
    with pytest.raises(DataError, match="ingen rækker"):
        read_table(only_header, COLUMNS)
    with pytest.raises(DataError, match="Filtypen"):
        read_table(excel_csv(tmp_path, [HEADER], name="data.pdf"), COLUMNS)
    with pytest.raises(DataError, match="findes ikke"):
        read_table(tmp_path / "væk.csv", COLUMNS)


def test_xlsx_numbers_and_text_in_number_cells(tmp_path):
    good = tmp_path / "trin.xlsx"
    pd.DataFrame({"Trin": ["Modtag", "Tjek"], "Beløb": [1234.5, "12,5"], "Antal": [3, 4]}).to_excel(good, index=False)
    table = read_table(good, {"Trin": "str!", "Beløb": "float!", "Antal": "int"})
    assert table["Beløb"].tolist() == [1234.5, 12.5]
    bad = tmp_path / "fejl.xlsx"
    pd.DataFrame({"Trin": ["Modtag", "Tjek"], "Beløb": [1.0, "mange"]}).to_excel(bad, index=False)
    with pytest.raises(DataError) as caught:
        read_table(bad, {"Trin": "str!", "Beløb": "float!"})
    assert (caught.value.file, caught.value.row, caught.value.column) == ("fejl.xlsx", 3, "Beløb")


def test_a_text_file_named_xlsx_gets_a_clear_message(tmp_path):
    fake = tmp_path / "falsk.xlsx"
    fake.write_text("Trin;Beløb\n")
    with pytest.raises(DataError, match="Excel-fil"):
        read_table(fake, {"Trin": "str"})


def test_written_danish_csv_reads_back(tmp_path):
    frame = pd.DataFrame({"Trin": ["Modtag æøå"], "Beløb": [1234.5]})
    path = write_danish_csv(frame, tmp_path / "ud.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_table(path, {"Trin": "str", "Beløb": "float"})["Beløb"].tolist() == [1234.5]

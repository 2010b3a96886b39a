"""Spreadsheet exchange: read tables from Excel/WPS/CSV files, import staff rosters, export lists.

No Qt here. ``readers`` turns a file into rows of cell values, ``staff_import`` turns those rows
into a checked preview of ``StaffInput`` records, ``xlsx_export`` writes any list to .xlsx.
"""

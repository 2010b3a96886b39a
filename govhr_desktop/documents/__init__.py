"""Printed documents (ReportLab): CJK fonts by role (``fonts``) and one module per document type
(``signin_sheet``: the training sign-in sheet). Input is plain dataclasses, output a PDF file.
No Qt here."""

"""Stand-in for Pillow inside the packaged program only (build.spec puts this folder first on
the module path).

ReportLab imports ``PIL.Image`` when it starts, but the program puts no pictures in its documents
(official documents, reports, rosters and sign-in sheets are text, rules and tables), and Pillow
with the image libraries it links weighs 6 MB of the bundle. Here ``from PIL import Image``
gives None, which is ReportLab's own mode without image support (``reportlab.lib.utils.haveImages``
is False): drawing a picture would fail with ReportLab's message instead of printing. The frozen
``--self-check`` lays out documents with this stand-in; tests and source installs use Pillow.
"""

Image = None

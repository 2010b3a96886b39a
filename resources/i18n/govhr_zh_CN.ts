<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. The last action may not have been completed; no half-saved data was kept. Please copy or save the details below and send them to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is too long (at most {max} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a phone number (digits, dashes, 7–20 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a 6-digit postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (use 2026-03-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: Excel stored the ID number as a number ({value}) and lost its last digits. Format the column as Text and type the numbers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: an ID number has 18 characters, this one has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: 17 digits and a final digit or X are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the birth date {value} in the number does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the birth date {value} in the number is impossible (in the future or before 1900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the check character is {given} but should be {expected}; a digit was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a mobile number (11 digits starting with 13–19).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a window number (letters and digits, e.g. A03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: a department window must belong to a home unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: a comprehensive window belongs to the center, not to a home unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: window {value} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window {number} still has {count} staff; move them to other windows first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the person would have been under 16 on that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: choose A or B post for the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: this ID number is already registered for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: window {window} already has {name} on the A post; choose B post or move {name} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has already returned to the home unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the leaving date is before the person joined the center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: a home unit named “{value}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the chief representative must be one of this unit&apos;s staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {name} has returned to the home unit and cannot be chief representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit still has {count} staff at the center; they must return or move first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit has {staff} staff records and {windows} windows; it can be deactivated but not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: a zone named “{value}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone still has {count} windows; move or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the chosen record no longer exists (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file type “{ext}” is not supported; use .xlsx, .xls or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lacks the required columns: {missing}. Columns found: {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: no home unit named “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: no window numbered “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the same ID number already appears in row {first_row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no valid rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of the program (schema {revision}); this is version {version}. Install the newer version; the data was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not a database of this program; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({detail}). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is in use by another copy of the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervising leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Demo center: generated data, kept apart from real data.</source>
        <extracomment>a request to open another page by its key (e.g. &apos;windows&apos;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff at the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract and temporary hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On leave now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff by employment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff by zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows without an A post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows without a B post (no cover)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeUnitDialog</name>
    <message>
        <source>Edit home unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New home unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (for letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 青山县市场监督管理局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervising leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the unit and add its staff first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeUnitsPage</name>
    <message>
        <source>Active units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, contact or leader (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervising leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff of %1 at the center: %n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the home unit %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderDialog</name>
    <message>
        <source>Edit leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 主任, 副主任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes leader duty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Service Center Staff Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Cannot do that</source>
        <extracomment>emitted when the page changed data other pages show</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Service center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 青山县政务服务中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name for document numbers *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 青政服 → 青政服〔2026〕5号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save center settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes leader duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the leaders?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters; gender and birth date are read from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender: %1    Birth date: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffImportDialog</name>
    <message>
        <source>Import staff from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (nothing from these rows will be saved):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy error list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.xlsm *.ods *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 (header in row %2): %3 rows, %4 can be imported, %5 have errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n valid row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>All home units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All employment types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, ID number, phone or window (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to home unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves the center and returns to %2.
Leaving date (yyyy-mm-dd):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (use 2026-03-01).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open the data</source>
        <extracomment>CJK-capable UI fonts by preference: Windows, then Kylin/UOS and Debian.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowDialog</name>
    <message>
        <source>Edit window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning home unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the center)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsPage</name>
    <message>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without A or B post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, name, unit or person (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the center)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— missing —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff at window %1 now: %n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete window %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneDialog</name>
    <message>
        <source>Edit zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonesPage</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the zone %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WithStaffPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its current staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq_AL">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Ruaj</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Ruaji të gjitha</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Hap</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Po</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Po për të &amp;gjitha</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Jo</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>J&amp;o për të gjitha</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Ndërprit</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Provo sërish</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Shpërfill</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Mbyll</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Hidh poshtë</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ndihmë</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Zbato</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Rivendos</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Rikthe parazgjedhjet</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Shfaq hollësitë...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Fshih hollësitë...</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Shiko në:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Emri i skedarit:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Skedarë të llojit:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Hap</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Ruaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulo</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Zgjidh</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Prapa</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Përpara</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Dosja mëmë</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Krijo dosje të re</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Pamje listë</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Pamje me hollësi</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Dosje e re</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Fshij</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Riemërto</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Shfaq skedarët e &amp;fshehur</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Të gjithë skedarët (*)</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Dosja:</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Kompjuteri im</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Hap</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Ruaj si</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Gjej dosjen</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Vendet e fundit</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Shiriti anësor</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Skedarët</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Dosjet</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Emri</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Madhësia</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Lloji</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Ndryshuar më</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Lloji</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Kompjuteri im</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Kompjuteri</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Zhbëj</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ribëj</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Prit</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopjo</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Ngjit</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Fshij</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Përzgjidh të gjitha</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Zhbëj</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ribëj</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Prit</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopjo</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Kopjo &amp;adresën e lidhjes</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Ngjit</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Fshij</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Përzgjidh të gjitha</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Përzgjidh të gjitha</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Rrit</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Zvogëlo</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>U redu</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Sačuvaj sve</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Otvori</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Da</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Da za s&amp;ve</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Ne</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;e za sve</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Prekini</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Pokušaj ponovo</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Zanemari</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zatvori</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Odbaci</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Pomoć</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Primeni</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Resetuj</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Vrati podrazumevano</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Prikaži detalje...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Sakrij detalje...</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>U redu</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Pogledaj u:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Ime datoteke:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Datoteke tipa:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Otvori</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Sačuvaj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Izaberi</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Nazad</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Napred</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Nadređena fascikla</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Napravi novu fasciklu</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Prikaz liste</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Detaljan prikaz</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Nova fascikla</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Obriši</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Preimenuj</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Prikaži &amp;skrivene datoteke</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Sve datoteke (*)</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Fascikla:</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Moj računar</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Otvori</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Sačuvaj kao</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Pronađi fasciklu</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Nedavna mesta</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Bočna traka</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Datoteke</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Fascikle</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Ime</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Veličina</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tip</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Izmenjeno</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Moj računar</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Računar</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Opozovi</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ponovi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Ise&amp;ci</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiraj</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Nalepi</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Obriši</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Izaberi sve</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Opozovi</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ponovi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Ise&amp;ci</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiraj</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Kopiraj &amp;adresu veze</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Nalepi</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Obriši</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Izaberi sve</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Izaberi sve</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Povećaj</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Smanji</translation>
        </message>
    </context>
</TS>

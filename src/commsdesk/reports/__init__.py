"""Reports: the PDF and XLSX toolkits and one module per report. Plain data in, a file out; no Qt, no SQL."""

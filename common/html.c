/*
 * html.c: escaping and the page frame of printable documents.
 */
#include "html.h"

void
html_text(FILE *f, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '&':  fputs("&amp;", f); break;
		case '<':  fputs("&lt;", f); break;
		case '>':  fputs("&gt;", f); break;
		case '"':  fputs("&quot;", f); break;
		case '\'': fputs("&#39;", f); break;
		default:   putc(*s, f);
		}
	}
}

static const char stylesheet[] =
    "@page { size: A4; margin: 15mm 12mm; }\n"
    "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt;"
    " color: #000; margin: 0; }\n"
    "h1 { font-size: 14pt; margin: 0 0 4mm; }\n"
    "h2 { font-size: 11pt; margin: 5mm 0 2mm; }\n"
    "table { border-collapse: collapse; width: 100%; }\n"
    "th, td { border: 0.2mm solid #888; padding: 0.6mm 1.5mm;"
    " vertical-align: top; }\n"
    "th { background: #eee; text-align: left; }\n"
    ".num { text-align: right; white-space: nowrap;"
    " font-variant-numeric: tabular-nums; }\n"
    "tr.total td { font-weight: bold; background: #f4f4f4; }\n"
    "tr.heading td { font-weight: bold; background: #ddd; }\n"
    ".page { page-break-after: always; }\n"
    ".page:last-child { page-break-after: auto; }\n"
    ".small { font-size: 7.5pt; color: #333; }\n";

void
html_begin(FILE *f, const char *title, const char *css)
{
	fputs("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<title>", f);
	html_text(f, title);
	fputs("</title>\n<style>\n", f);
	fputs(stylesheet, f);
	if (css != NULL)
		fputs(css, f);
	fputs("</style>\n</head>\n<body>\n", f);
}

void
html_end(FILE *f)
{
	fputs("</body>\n</html>\n", f);
}

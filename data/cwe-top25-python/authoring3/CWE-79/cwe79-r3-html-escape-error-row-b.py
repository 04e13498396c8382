# ---
# id: cwe79-r3-html-escape-error-row-b
# cwe: CWE-79
# vulnerable: false
# twin: none
# tags: html
# explanation: Formats a form error into an HTML table row. Both values are escaped with html.escape (which also escapes quotes), so the % formatting into markup cannot introduce tags or attributes.
# ---
import html


def render_error_row(field, message):
    return "<tr><th>%s</th><td class=\"err\">%s</td></tr>" % (
        html.escape(field),
        html.escape(message),
    )

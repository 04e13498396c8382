# ---
# id: cwe22-r3-template-loader-source-v
# cwe: CWE-22
# vulnerable: true
# twin: none
# tags: os
# explanation: A template loader method reads a template by name from its search directories. In the app the template name comes from a request parameter (a 'page' selector), and the joined path is not checked, so '../../../etc/passwd' reads files outside the template directories.
# ---
import os


def load_template_source(self, template_name):
    for directory in self.dirs:
        filename = os.path.join(directory, template_name)  #@vuln
        try:
            with open(filename, encoding=self.encoding) as fp:
                return fp.read(), filename
        except FileNotFoundError:
            continue
    raise LookupError(template_name)

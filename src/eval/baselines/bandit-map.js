// Bandit test ids -> cwescan labels. Bandit 1.6.2 (Debian) prints no CWE, so the table carries the CWE that Bandit
// itself assigns each test since 1.7.3 (bandit/core/issue.py Cwe), passed through catalog toTop25(). Where Bandit's
// own CWE names the wrong weakness in our frame, `override` says which CWE we use instead and why. Tests whose CWE
// is outside the Top 25 (weak hashes, TLS, temp files, asserts) map to nothing: their findings are counted and shown
// in the report, but they are not a Top-25 verdict and do not flag an example.
import { toTop25 } from '../../cwe/catalog.js';
const R = (id, name, banditCwe, override) => override ? { id, name, banditCwe, override } : { id, name, banditCwe };
const CODE_EXEC = 'runs Python source: code injection (CWE-94), not an OS command';
export const BANDIT_RULES = [
    R('B101', 'assert_used', 'CWE-703'),
    R('B102', 'exec_used', 'CWE-78', { cwe: 'CWE-94', why: CODE_EXEC }),
    R('B103', 'set_bad_file_permissions', 'CWE-732'),
    R('B104', 'hardcoded_bind_all_interfaces', 'CWE-605'),
    R('B105', 'hardcoded_password_string', 'CWE-259'),
    R('B106', 'hardcoded_password_funcarg', 'CWE-259'),
    R('B107', 'hardcoded_password_default', 'CWE-259'),
    R('B108', 'hardcoded_tmp_directory', 'CWE-377'),
    R('B110', 'try_except_pass', 'CWE-703'),
    R('B112', 'try_except_continue', 'CWE-703'),
    R('B113', 'request_without_timeout', 'CWE-400'),
    R('B201', 'flask_debug_true', 'CWE-94'),
    R('B301', 'pickle', 'CWE-502'),
    R('B302', 'marshal', 'CWE-502'),
    R('B303', 'md5', 'CWE-327'),
    R('B304', 'ciphers', 'CWE-327'),
    R('B305', 'cipher_modes', 'CWE-327'),
    R('B306', 'mktemp_q', 'CWE-377'),
    R('B307', 'eval', 'CWE-78', { cwe: 'CWE-94', why: CODE_EXEC }),
    R('B308', 'mark_safe', 'CWE-79'),
    R('B309', 'httpsconnection', 'CWE-295'),
    R('B310', 'urllib_urlopen', 'CWE-22', {
        cwe: 'CWE-918',
        why: 'flags urlopen on URLs whose scheme is not checked: a request the caller steers, SSRF in our frame',
    }),
    R('B311', 'random', 'CWE-330'),
    R('B312', 'telnetlib', 'CWE-319'),
    R('B313', 'xml_bad_cElementTree', 'CWE-20'),
    R('B314', 'xml_bad_ElementTree', 'CWE-20'),
    R('B315', 'xml_bad_expatreader', 'CWE-20'),
    R('B316', 'xml_bad_expatbuilder', 'CWE-20'),
    R('B317', 'xml_bad_sax', 'CWE-20'),
    R('B318', 'xml_bad_minidom', 'CWE-20'),
    R('B319', 'xml_bad_pulldom', 'CWE-20'),
    R('B320', 'xml_bad_etree', 'CWE-20'),
    R('B321', 'ftplib', 'CWE-319'),
    R('B322', 'input', 'CWE-78', { cwe: 'CWE-94', why: "Python 2's input() evaluates what it reads: " + CODE_EXEC }),
    R('B323', 'unverified_context', 'CWE-295'),
    R('B324', 'hashlib_new_insecure_functions', 'CWE-327'),
    R('B325', 'tempnam', 'CWE-377'),
    R('B401', 'import_telnetlib', 'CWE-319'),
    R('B402', 'import_ftplib', 'CWE-319'),
    R('B403', 'import_pickle', 'CWE-502'),
    R('B404', 'import_subprocess', 'CWE-78'),
    R('B405', 'import_xml_etree', 'CWE-20'),
    R('B406', 'import_xml_sax', 'CWE-20'),
    R('B407', 'import_xml_expat', 'CWE-20'),
    R('B408', 'import_xml_minidom', 'CWE-20'),
    R('B409', 'import_xml_pulldom', 'CWE-20'),
    R('B410', 'import_lxml', 'CWE-20'),
    R('B411', 'import_xmlrpclib', 'CWE-20'),
    R('B412', 'import_httpoxy', 'CWE-284'),
    R('B413', 'import_pycrypto', 'CWE-327'),
    R('B501', 'request_with_no_cert_validation', 'CWE-295'),
    R('B502', 'ssl_with_bad_version', 'CWE-327'),
    R('B503', 'ssl_with_bad_defaults', 'CWE-327'),
    R('B504', 'ssl_with_no_version', 'CWE-327'),
    R('B505', 'weak_cryptographic_key', 'CWE-326'),
    R('B506', 'yaml_load', 'CWE-20', {
        cwe: 'CWE-502',
        why: 'yaml.load without a safe loader builds arbitrary objects: unsafe deserialization',
    }),
    R('B507', 'ssh_no_host_key_verification', 'CWE-295'),
    R('B601', 'paramiko_calls', 'CWE-78'),
    R('B602', 'subprocess_popen_with_shell_equals_true', 'CWE-78'),
    R('B603', 'subprocess_without_shell_equals_true', 'CWE-78'),
    R('B604', 'any_other_function_with_shell_equals_true', 'CWE-78'),
    R('B605', 'start_process_with_a_shell', 'CWE-78'),
    R('B606', 'start_process_with_no_shell', 'CWE-78'),
    R('B607', 'start_process_with_partial_path', 'CWE-78'),
    R('B608', 'hardcoded_sql_expressions', 'CWE-89'),
    R('B609', 'linux_commands_wildcard_injection', 'CWE-155'),
    R('B610', 'django_extra_used', 'CWE-89'),
    R('B611', 'django_rawsql_used', 'CWE-89'),
    R('B701', 'jinja2_autoescape_false', 'CWE-94', {
        cwe: 'CWE-79',
        why: 'autoescape off lets request data into HTML unescaped: cross-site scripting',
    }),
    R('B702', 'use_of_mako_templates', 'CWE-80'),
    R('B703', 'django_mark_safe', 'CWE-80'),
];
const BY_ID = new Map(BANDIT_RULES.map((r) => [r.id, r]));
/**
 * The Top-25 label a Bandit finding stands for, or null when its test has no Top-25 CWE (or is unknown).
 * Example: banditLabel('B608') -> 'CWE-89'; banditLabel('B105') -> 'CWE-798' (via CWE-259); banditLabel('B303') -> null
 */
export function banditLabel(testId) {
    const rule = BY_ID.get(testId);
    if (!rule)
        return null;
    const entry = toTop25(rule.override?.cwe ?? rule.banditCwe);
    return entry ? entry.id : null;
}
//# sourceMappingURL=bandit-map.js.map
# ---
# id: cwe125-cffi-dialcode-table-v
# cwe: CWE-125
# vulnerable: true
# twin: cwe125-cffi-dialcode-table-f
# tags: cffi, click
# explanation: A telecom CLI looks up country dial codes in a static C table exposed through cffi (a pointer plus a count). The index typed by the operator is used as lib.dial_codes[index] without comparing it with lib.dial_code_count, and cffi does not bounds-check pointer indexing, so large or negative indexes read outside the table.
# ---
import click
from cffi import FFI

ffi = FFI()
ffi.cdef(
    """
    typedef struct { char iso[3]; unsigned short code; const char *name; } dial_t;
    extern const dial_t *dial_codes;
    extern const int dial_code_count;
    """
)
tel = ffi.dlopen("libtelcodes.so")


def describe(index: int) -> str:
    entry = tel.dial_codes[index]  #@vuln
    iso = ffi.string(entry.iso, 2).decode()
    return f"{iso} +{entry.code} {ffi.string(entry.name).decode()}"


@click.command()
@click.argument("indexes", type=int, nargs=-1)
def main(indexes):
    for index in indexes:
        click.echo(describe(index))


if __name__ == "__main__":
    main()

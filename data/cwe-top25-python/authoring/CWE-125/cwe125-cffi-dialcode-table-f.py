# ---
# id: cwe125-cffi-dialcode-table-f
# cwe: CWE-125
# vulnerable: false
# twin: cwe125-cffi-dialcode-table-v
# tags: cffi, click
# explanation: describe() now raises IndexError unless 0 <= index < dial_code_count, so only entries inside the C table are read through the unchecked cffi pointer.
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
    if not 0 <= index < tel.dial_code_count:
        raise IndexError(f"index must be between 0 and {tel.dial_code_count - 1}")
    entry = tel.dial_codes[index]
    iso = ffi.string(entry.iso, 2).decode()
    return f"{iso} +{entry.code} {ffi.string(entry.name).decode()}"


@click.command()
@click.argument("indexes", type=int, nargs=-1)
def main(indexes):
    for index in indexes:
        click.echo(describe(index))


if __name__ == "__main__":
    main()

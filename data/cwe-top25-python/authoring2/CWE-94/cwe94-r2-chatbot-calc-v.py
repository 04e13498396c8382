# ---
# id: cwe94-r2-chatbot-calc-v
# cwe: CWE-94
# vulnerable: true
# twin: none
# tags: asyncio, chatbot
# explanation: A team chat bot built on asyncio streams answers '!calc <expr>' messages from any channel member by calling eval() with an empty __builtins__ dict and a few math names. Emptying builtins is not a sandbox: expressions like ().__class__.__base__.__subclasses__() reach classes such as os._wrap_close and let a chat user run code in the bot process.
# ---
import asyncio
import logging
import math
import re

log = logging.getLogger("bot")

COMMAND_RE = re.compile(r"^!(\w+)\s*(.*)$")
CALC_NAMES = {"pi": math.pi, "e": math.e, "sqrt": math.sqrt, "log": math.log, "sin": math.sin, "cos": math.cos}
MAX_EXPR = 200


def format_number(value) -> str:
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


async def cmd_calc(args: str) -> str:
    if len(args) > MAX_EXPR:
        return "expression too long"
    try:
        result = eval(args, {"__builtins__": {}}, dict(CALC_NAMES))  #@vuln
    except ZeroDivisionError:
        return "division by zero"
    except Exception as exc:
        return f"error: {exc.__class__.__name__}"
    return format_number(result)


async def cmd_ping(args: str) -> str:
    return "pong"


COMMANDS = {"calc": cmd_calc, "ping": cmd_ping}


async def handle_line(line: str) -> str:
    match = COMMAND_RE.match(line.strip())
    if not match:
        return ""
    name, args = match.groups()
    handler = COMMANDS.get(name)
    if handler is None:
        return f"unknown command {name}"
    return await handler(args)


async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peername")
    while line := await reader.readline():
        reply = await handle_line(line.decode("utf-8", errors="ignore"))
        if reply:
            writer.write(reply.encode() + b"\n")
            await writer.drain()
    log.info("connection from %s closed", peer)
    writer.close()


async def main() -> None:
    server = await asyncio.start_server(serve, "127.0.0.1", 6667)
    async with server:
        await server.serve_forever()

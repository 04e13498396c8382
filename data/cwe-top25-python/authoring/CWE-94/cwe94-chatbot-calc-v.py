# ---
# id: cwe94-chatbot-calc-v
# cwe: CWE-94
# vulnerable: true
# twin: none
# tags: asyncio, chatbot, eval
# explanation: A team chat bot answers "!calc <expr>" messages by calling eval on the rest of the message. Anyone in the chat can send "!calc __import__('subprocess').getoutput('cat ~/.ssh/id_rsa')" and the bot runs it and posts the result.
# ---
import asyncio
import math


class CalcBot:
    trigger = "!calc "

    def __init__(self, client):
        self.client = client

    async def on_message(self, channel: str, author: str, text: str) -> None:
        if not text.startswith(self.trigger):
            return
        expression = text[len(self.trigger):].strip()
        try:
            answer = eval(expression, {"math": math})  #@vuln
        except Exception as exc:
            answer = f"error: {exc.__class__.__name__}"
        await self.client.send(channel, f"{author}: {answer}")

    async def run(self) -> None:
        async for channel, author, text in self.client.messages():
            asyncio.create_task(self.on_message(channel, author, text))

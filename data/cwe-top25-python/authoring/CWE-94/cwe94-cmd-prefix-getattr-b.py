# ---
# id: cwe94-cmd-prefix-getattr-b
# cwe: CWE-94
# vulnerable: false
# twin: none
# tags: chatbot, getattr
# explanation: A deployment chat bot dispatches "!word args" messages with getattr(self, "cmd_" + word). Because of the fixed "cmd_" prefix only methods the bot defines for commands can be reached; unknown words fall through to a help message, and no text is evaluated.
# ---
import shlex


class DeployBot:
    def __init__(self, deployer, chat):
        self.deployer = deployer
        self.chat = chat

    def handle(self, channel, text):
        if not text.startswith("!"):
            return
        word, *args = shlex.split(text[1:]) or [""]
        handler = getattr(self, "cmd_" + word.lower(), None)
        if handler is None:
            self.chat.post(channel, "commands: " + ", ".join(n[4:] for n in dir(self) if n.startswith("cmd_")))
            return
        self.chat.post(channel, handler(*args))

    def cmd_status(self, service="web"):
        return f"{service}: {self.deployer.status(service)}"

    def cmd_deploy(self, service, version="latest"):
        job = self.deployer.enqueue(service, version)
        return f"queued deploy of {service}@{version} as job {job}"

    def cmd_history(self, service="web"):
        return "\n".join(self.deployer.history(service)[:5])

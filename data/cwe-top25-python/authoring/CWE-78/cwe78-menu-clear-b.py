# ---
# id: cwe78-menu-clear-b
# cwe: CWE-78
# vulnerable: false
# twin: none
# tags: os, cli
# explanation: A terminal menu for a lab instrument calls os.system("clear") and os.system with a fixed stty command, and reads user choices with input(). The user's text only selects menu entries in Python; it is never placed into a command string.
# ---
import os
import sys

MENU = {
    "1": ("Start acquisition", "start"),
    "2": ("Stop acquisition", "stop"),
    "3": ("Export last run", "export"),
    "q": ("Quit", None),
}


def draw():
    os.system("clear")
    print("Spectrometer control\n")
    for key, (label, _) in MENU.items():
        print(f"  [{key}] {label}")


def main(controller):
    os.system("stty sane")
    while True:
        draw()
        choice = input("\nSelect: ").strip().lower()
        if choice not in MENU:
            continue
        action = MENU[choice][1]
        if action is None:
            sys.exit(0)
        getattr(controller, action)()
        input("Done. Press Enter to continue...")

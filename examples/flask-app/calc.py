"""A tiny expression endpoint: the unsafe eval and its safe look-alike."""
import ast

from flask import Blueprint, request

calc = Blueprint("calc", __name__)


@calc.route("/calc")
def evaluate():
    return str(eval(request.args["expr"]))


@calc.route("/calc-safe")
def evaluate_literal():
    return str(ast.literal_eval(request.args["expr"]))

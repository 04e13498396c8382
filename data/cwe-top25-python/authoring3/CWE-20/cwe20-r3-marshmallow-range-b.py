# ---
# id: cwe20-r3-marshmallow-range-b
# cwe: CWE-20
# vulnerable: false
# twin: none
# tags: marshmallow, flask
# explanation: The sensor reading endpoint loads the body through a marshmallow schema with Range and OneOf validators and allow_nan disabled, returning 400 on any violation, so only plausible readings are stored.
# ---
from flask import jsonify, request
from marshmallow import Schema, ValidationError, fields, validate


class ReadingSchema(Schema):
    sensor = fields.Str(required=True, validate=validate.Length(min=1, max=64))
    unit = fields.Str(required=True, validate=validate.OneOf(["C", "F"]))
    value = fields.Float(required=True, allow_nan=False, validate=validate.Range(min=-60, max=150))


def post_reading():
    try:
        reading = ReadingSchema().load(request.get_json(force=True))
    except ValidationError as err:
        return jsonify(errors=err.messages), 400
    save_reading(**reading)
    return "", 204

# ---
# id: cwe79-tornado-write-v
# cwe: CWE-79
# vulnerable: true
# twin: none
# tags: tornado
# explanation: A Tornado status page for an IoT gateway echoes the `device` argument inside an HTML fragment written with self.write. RequestHandler.write does not escape strings, so a crafted URL sent to an operator injects script into the gateway's admin origin.
# ---
import tornado.ioloop
import tornado.web

DEVICES = {}


class DeviceStatusHandler(tornado.web.RequestHandler):
    def get(self):
        device = self.get_argument("device", "")
        state = DEVICES.get(device)
        self.set_header("Content-Type", "text/html; charset=utf-8")
        if state is None:
            self.set_status(404)
            self.write(f"<div class='err'>Unknown device {device}</div>")  #@vuln
            return
        self.write(
            "<div class='ok'>online: %s, last seen %ds ago</div>"
            % (state["online"], state["age"])
        )


def make_app():
    return tornado.web.Application([(r"/status", DeviceStatusHandler)])


if __name__ == "__main__":
    make_app().listen(8088, address="127.0.0.1")
    tornado.ioloop.IOLoop.current().start()

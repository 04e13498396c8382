# ---
# id: cwe862-r3-profile-put-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-r3-profile-put-v
# tags: tornado
# explanation: The handler now refuses to update a profile that is not the current user's own, so the id in the URL can only name the caller.
# ---
import json

import tornado.web


class ProfileHandler(BaseHandler):
    @tornado.web.authenticated
    async def put(self, user_id):
        if int(user_id) != self.current_user.id:
            raise tornado.web.HTTPError(403)
        data = json.loads(self.request.body)
        await self.db.execute(
            "UPDATE profiles SET email = %s, display_name = %s WHERE user_id = %s",
            (data["email"], data["display_name"], int(user_id)),
        )
        self.set_status(204)

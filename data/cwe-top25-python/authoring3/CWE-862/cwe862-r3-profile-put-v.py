# ---
# id: cwe862-r3-profile-put-v
# cwe: CWE-862
# vulnerable: true
# twin: cwe862-r3-profile-put-f
# tags: tornado
# explanation: Tornado handler updating a profile whose id is in the URL. The handler is authenticated, but it never compares the id in the path with the current user, so any logged-in user can overwrite another user's email and display name.
# ---
import json

import tornado.web


class ProfileHandler(BaseHandler):
    @tornado.web.authenticated
    async def put(self, user_id):
        data = json.loads(self.request.body)
        await self.db.execute(  #@vuln
            "UPDATE profiles SET email = %s, display_name = %s WHERE user_id = %s",
            (data["email"], data["display_name"], int(user_id)),
        )
        self.set_status(204)

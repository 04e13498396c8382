# ---
# id: cwe918-slack-hook-b
# cwe: CWE-918
# vulnerable: false
# twin: none
# tags: django, requests
# explanation: Teams can configure a Slack incoming-webhook URL for alerts; before saving and posting, the form checks with urlsplit that the scheme is https, the hostname is exactly hooks.slack.com, there is no port or userinfo, and the path starts with /services/. Alerts can therefore only be posted to Slack.
# ---
from urllib.parse import urlsplit

import requests
from django import forms


class SlackAlertForm(forms.Form):
    webhook_url = forms.URLField(max_length=300)

    def clean_webhook_url(self):
        url = self.cleaned_data["webhook_url"]
        parts = urlsplit(url)
        if (
            parts.scheme != "https"
            or parts.hostname != "hooks.slack.com"
            or parts.port is not None
            or parts.username
            or not parts.path.startswith("/services/")
        ):
            raise forms.ValidationError("Enter a Slack incoming webhook URL.")
        return url


def send_alert(webhook_url: str, title: str, text: str) -> bool:
    payload = {"blocks": [{"type": "header", "text": {"type": "plain_text", "text": title[:150]}},
                          {"type": "section", "text": {"type": "mrkdwn", "text": text[:2900]}}]}
    resp = requests.post(webhook_url, json=payload, timeout=5, allow_redirects=False)
    return resp.status_code == 200

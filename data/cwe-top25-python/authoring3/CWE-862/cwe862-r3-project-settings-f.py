# ---
# id: cwe862-r3-project-settings-f
# cwe: CWE-862
# vulnerable: false
# twin: cwe862-r3-project-settings-v
# tags: fastapi, sqlalchemy
# explanation: The endpoint now checks that the current user owns the project before applying changes, and answers 403 otherwise.
# ---
from fastapi import Depends, HTTPException


@router.patch("/projects/{project_id}/settings")
def update_settings(project_id: int, body: SettingsIn,
                    user=Depends(get_current_user), db=Depends(get_db)):
    project = db.get(Project, project_id)
    if project is None:
        raise HTTPException(status_code=404)
    if project.owner_id != user.id:
        raise HTTPException(status_code=403)
    for key, value in body.dict(exclude_unset=True).items():
        setattr(project.settings, key, value)
    db.commit()
    return project.settings

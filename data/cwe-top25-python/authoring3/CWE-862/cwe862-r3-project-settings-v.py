# ---
# id: cwe862-r3-project-settings-v
# cwe: CWE-862
# vulnerable: true
# twin: cwe862-r3-project-settings-f
# tags: fastapi, sqlalchemy
# explanation: FastAPI endpoint updating a project's settings. The caller is authenticated through the dependency, but the project is loaded by id and modified without checking that the caller is a member or owner of it, so any user can change any project.
# ---
from fastapi import Depends, HTTPException


@router.patch("/projects/{project_id}/settings")
def update_settings(project_id: int, body: SettingsIn,
                    user=Depends(get_current_user), db=Depends(get_db)):
    project = db.get(Project, project_id)
    if project is None:
        raise HTTPException(status_code=404)
    for key, value in body.dict(exclude_unset=True).items():  #@vuln
        setattr(project.settings, key, value)
    db.commit()
    return project.settings

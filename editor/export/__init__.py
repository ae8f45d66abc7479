"""Document -> DOCX on the office letterhead, and the review report with Word comments.

No Qt and no database here: services hand in a Document, an OfficeProfile and a ReleaseInfo.
"""

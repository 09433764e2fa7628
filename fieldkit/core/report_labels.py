"""The words of a run's and a worksheet's report (headings, column names, states, timeline
actions) in each language FieldKit ships, so the CLI and the GUI write the same report
without Qt.

Data only: `report.render_html` picks a table by language; English is the fallback.
"""

from __future__ import annotations

LANGUAGES = ("en", "es", "fr", "ar")
RTL = frozenset({"ar"})

_EN = {
    "left_out": "left out",
    "share_safe_note": "Share-safe copy: notes, names and worksheets are left out.",

    "text_language": "Checklist language", "text_kept": "(the run keeps the text it started with)",

    "checklist": "Checklist", "author": "Author or team", "library": "From library",
    "started": "Started", "finished": "Finished", "not_finished": "not finished",
    "progress": "Progress", "progress_value": "{done} of {total} items done",
    "made": "Report made", "run_note": "Note for the run",
    "missed": "Critical items not done", "col_done": "Done", "col_item": "Item",
    "col_time": "Time", "col_note": "Note", "critical": "(critical)",
    "added": "(added during the run)", "removed": "(no longer in the checklist)",
    "na_reason": "Not applicable: {reason}", "worksheet": "Worksheet: {label}",
    "timeline": "Timeline", "col_what": "What", "col_detail": "Detail",
    "yes": "✔ yes", "no": "✘ no", "na": "n/a",
    "sheet": "Worksheet", "part_of_run": "Part of run", "last_change": "Last change",
    "filled_in": "Filled in", "filled_value": "{done} of {total} fields",
    "answer_yes": "Yes", "answer_no": "No",
    "start": "Run started", "tick": "Ticked", "untick": "Unticked", "note": "Note",
    "finish": "Run finished", "reopen": "Run reopened", "reset": "All ticks cleared",
    "mark_na": "Marked not applicable", "applicable": "Applicable again",
    "add": "Item added", "undo": "Change undone", "run-note": "Run note",
}

LABELS: dict[str, dict[str, str]] = {
    "en": _EN,
    "es": {
        "left_out": "omitido",
        "share_safe_note": "Copia para compartir: se omiten las notas, los nombres y las fichas.",

        "text_language": "Idioma de la lista",
        "text_kept": "(la ejecución conserva el texto con el que empezó)",

        "checklist": "Lista de verificación", "author": "Autor/a o equipo",
        "library": "De la biblioteca", "started": "Inicio", "finished": "Fin",
        "not_finished": "sin terminar", "progress": "Avance",
        "progress_value": "{done} de {total} puntos hechos", "made": "Informe hecho",
        "run_note": "Nota de la ejecución", "missed": "Puntos críticos sin hacer",
        "col_done": "Hecho", "col_item": "Punto", "col_time": "Hora", "col_note": "Nota",
        "critical": "(crítico)", "added": "(añadido durante la ejecución)",
        "removed": "(ya no está en la lista)", "na_reason": "No aplica: {reason}",
        "worksheet": "Ficha: {label}", "timeline": "Cronología", "col_what": "Qué",
        "col_detail": "Detalle", "yes": "✔ sí", "no": "✘ no", "na": "no aplica",
        "start": "Ejecución iniciada", "tick": "Marcado", "untick": "Desmarcado",
        "note": "Nota", "finish": "Ejecución terminada", "reopen": "Ejecución reabierta",
        "reset": "Todas las marcas borradas", "mark_na": "Marcado como no aplica",
        "applicable": "Aplica de nuevo", "add": "Punto añadido", "undo": "Cambio deshecho",
        "run-note": "Nota de la ejecución",
        "sheet": "Ficha", "part_of_run": "Parte de la ejecución",
        "last_change": "Último cambio", "filled_in": "Rellenado",
        "filled_value": "{done} de {total} campos", "answer_yes": "Sí", "answer_no": "No",
    },
    "fr": {
        "left_out": "omis",
        "share_safe_note": "Copie à partager : notes, noms et fiches de travail sont omis.",

        "text_language": "Langue de la liste",
        "text_kept": "(l’exécution garde le texte avec lequel elle a commencé)",

        "checklist": "Liste de contrôle", "author": "Auteur·rice ou équipe",
        "library": "Bibliothèque", "started": "Début", "finished": "Fin",
        "not_finished": "inachevé", "progress": "Avancement",
        "progress_value": "{done} points faits sur {total}", "made": "Rapport établi",
        "run_note": "Note du passage", "missed": "Points critiques non faits",
        "col_done": "Fait", "col_item": "Point", "col_time": "Heure", "col_note": "Note",
        "critical": "(critique)", "added": "(ajouté pendant le passage)",
        "removed": "(ne figure plus dans la liste)", "na_reason": "Sans objet : {reason}",
        "worksheet": "Fiche de travail : {label}", "timeline": "Chronologie",
        "col_what": "Quoi", "col_detail": "Détail", "yes": "✔ oui", "no": "✘ non",
        "na": "sans objet", "start": "Passage commencé", "tick": "Coché",
        "untick": "Décoché", "note": "Note", "finish": "Passage terminé",
        "reopen": "Passage rouvert", "reset": "Toutes les coches effacées",
        "mark_na": "Marqué sans objet", "applicable": "De nouveau applicable",
        "add": "Point ajouté", "undo": "Modification annulée", "run-note": "Note du passage",
        "sheet": "Fiche de travail", "part_of_run": "Fait partie du passage",
        "last_change": "Dernière modification", "filled_in": "Rempli",
        "filled_value": "{done} champs sur {total}", "answer_yes": "Oui", "answer_no": "Non",
    },
    "ar": {
        "left_out": "محذوف",
        "share_safe_note": "نسخة آمنة للمشاركة: حذفت الملاحظات والأسماء وأوراق العمل.",

        "text_language": "لغة القائمة",
        "text_kept": "(يحتفظ التنفيذ بالنص الذي بدأ به)",

        "checklist": "قائمة التحقق", "author": "الكاتب أو الفريق", "library": "من المكتبة",
        "started": "البدء", "finished": "الانتهاء", "not_finished": "لم تنته",
        "progress": "التقدم", "progress_value": "أُنجز {done} من {total} بندًا",
        "made": "تاريخ التقرير", "run_note": "ملاحظة الجولة",
        "missed": "بنود حرجة لم تُنجز", "col_done": "أُنجز", "col_item": "البند",
        "col_time": "الوقت", "col_note": "ملاحظة", "critical": "(حرج)",
        "added": "(أُضيف أثناء الجولة)", "removed": "(لم يعد في قائمة التحقق)",
        "na_reason": "لا ينطبق: {reason}", "worksheet": "ورقة عمل: {label}",
        "timeline": "التسلسل الزمني", "col_what": "ماذا", "col_detail": "التفاصيل",
        "yes": "✔ نعم", "no": "✘ لا", "na": "لا ينطبق", "start": "بدأت الجولة",
        "tick": "أُشِّر", "untick": "أُلغي التأشير", "note": "ملاحظة",
        "finish": "انتهت الجولة", "reopen": "أُعيد فتح الجولة", "reset": "مُسحت كل العلامات",
        "mark_na": "وُسم بأنه لا ينطبق", "applicable": "ينطبق من جديد", "add": "أُضيف بند",
        "undo": "تم التراجع عن تغيير", "run-note": "ملاحظة الجولة",
        "sheet": "ورقة العمل", "part_of_run": "جزء من الجولة", "last_change": "آخر تعديل",
        "filled_in": "المعبأ", "filled_value": "{done} من {total} حقلًا",
        "answer_yes": "نعم", "answer_no": "لا",
    },
}

# The run's event codes (runs.py) and the label key each is shown with.
ACTION_KEYS = {"start": "start", "tick": "tick", "untick": "untick", "note": "note",
               "finish": "finish", "reopen": "reopen", "reset": "reset", "na": "mark_na",
               "applicable": "applicable", "add": "add", "undo": "undo",
               "run-note": "run-note"}


def report_labels(language: str | None) -> dict[str, str]:
    """The table for `language` (English for any other); missing keys fall back to English."""
    return _EN | LABELS.get(language or "en", {})


def direction(language: str | None) -> str:
    return "rtl" if language in RTL else "ltr"


def text_direction(text: str) -> str:
    """'rtl' or 'ltr' from the text's first strong letter (Unicode's rule), for a paragraph of
    content whose language may differ from the report's: English items in an Arabic report
    read "Plan the route.", not ".Plan the route"."""
    for ch in text:
        if "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc":
            return "rtl"
        if ch.isalpha():
            return "ltr"
    return "auto"

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BackupListModel</name>
    <message>
        <source>daily copy</source>
        <translation>copia diaria</translation>
    </message>
    <message>
        <source>weekly copy</source>
        <translation>copia semanal</translation>
    </message>
    <message>
        <source>before a library update</source>
        <translation>antes de una actualización de la biblioteca</translation>
    </message>
    <message>
        <source>kept before a restore</source>
        <translation>guardada antes de una restauración</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>damaged file set aside</source>
        <translation>archivo dañado apartado</translation>
    </message>
    <message>
        <source>from the old data location</source>
        <translation>de la ubicación anterior de los datos</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>FieldKit copies your data every day and every week, and before each library update. Restoring keeps your current data aside as a backup first.</source>
        <translation>FieldKit copia sus datos cada día y cada semana, y antes de cada actualización de la biblioteca. Al restaurar, sus datos actuales se guardan antes como copia de seguridad.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, las más recientes primero</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurar la copia elegida</translation>
    </message>
    <message>
        <source>No backups yet: the first is made today.</source>
        <translation>Aún no hay copias: la primera se hace hoy.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <source>Bring back your data as it was: %1?</source>
        <translation>¿Recuperar sus datos tal como estaban: %1?</translation>
    </message>
    <message>
        <source>What you have now is kept aside as a backup first, so this can be undone.</source>
        <translation>Lo que tiene ahora se guarda antes como copia de seguridad, así que esto se puede deshacer.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source> What you had is kept as: %1.</source>
        <translation> Lo que tenía se guarda como: %1.</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Se restauró la copia del %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistsScreen</name>
    <message>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <source>Arrow keys choose; Enter starts a run</source>
        <translation>Las flechas eligen; Intro inicia una ejecución</translation>
    </message>
    <message>
        <source>Your runs</source>
        <translation>Sus ejecuciones</translation>
    </message>
    <message>
        <source>Enter or double-click opens a run</source>
        <translation>Intro o doble clic abre una ejecución</translation>
    </message>
    <message>
        <source>Enter opens a run; F2 renames it; Delete deletes it</source>
        <translation>Intro abre una ejecución; F2 le cambia el nombre; Supr la elimina</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Rename the selected run</source>
        <translation>Cambiar el nombre de la ejecución seleccionada</translation>
    </message>
    <message>
        <source>Rename the selected run (F2)</source>
        <translation>Cambiar el nombre de la ejecución seleccionada (F2)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected run</source>
        <translation>Eliminar la ejecución seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected run (Delete)</source>
        <translation>Eliminar la ejecución seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Rename the chosen run</source>
        <translation>Cambiar el nombre de la ejecución elegida</translation>
    </message>
    <message>
        <source>Delete the chosen run (asks first)</source>
        <translation>Eliminar la ejecución elegida (pregunta antes)</translation>
    </message>
    <message>
        <source>No runs yet. Choose a checklist and start one.</source>
        <translation>Aún no hay ejecuciones. Elija una lista y empiece una.</translation>
    </message>
    <message>
        <source>Name this run (optional)</source>
        <translation>Nombre de esta ejecución (opcional)</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>Nombre de la ejecución</translation>
    </message>
    <message>
        <source>e.g. Checkpoint at km 42</source>
        <translation>p. ej. Puesto de control en el km 42</translation>
    </message>
    <message>
        <source>Start a run</source>
        <translation>Iniciar una ejecución</translation>
    </message>
    <message>
        <source>Start a new run of this checklist (Enter)</source>
        <translation>Iniciar una nueva ejecución de esta lista (Intro)</translation>
    </message>
    <message>
        <source>Continue the open run</source>
        <translation>Continuar la ejecución abierta</translation>
    </message>
    <message>
        <source>Read it</source>
        <translation>Leerla</translation>
    </message>
    <message>
        <source>Read the checklist without starting a run</source>
        <translation>Leer la lista sin iniciar una ejecución</translation>
    </message>
    <message>
        <source>Every item and its prompts, without starting a run</source>
        <translation>Cada punto y sus recordatorios, sin iniciar una ejecución</translation>
    </message>
    <message>
        <source>The checklist, item by item</source>
        <translation>La lista, punto por punto</translation>
    </message>
    <message>
        <source>No library is loaded, so there are no checklists to show.</source>
        <translation>No hay ninguna biblioteca cargada, así que no hay listas que mostrar.</translation>
    </message>
    <message>
        <source>There is no checklist %1 in the library.</source>
        <translation>La biblioteca no tiene ninguna lista %1.</translation>
    </message>
    <message>
        <source>Blank: %1</source>
        <translation>En blanco: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n crítico</numerusform>
            <numerusform>%n críticos</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue “%1” (%2 of %3)</source>
        <translation>Continuar «%1» (%2 de %3)</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <source>Keep in mind: %1</source>
        <translation>Tenga en cuenta: %1</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>Cambiar nombre de la ejecución</translation>
    </message>
    <message>
        <source>New name (blank: the checklist, date and time):</source>
        <translation>Nuevo nombre (en blanco: la lista, la fecha y la hora):</translation>
    </message>
    <message>
        <source>Run renamed.</source>
        <translation>Nombre de la ejecución cambiado.</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Eliminar ejecución</translation>
    </message>
    <message>
        <source>Delete the run “%1” with its ticks and notes? This cannot be undone.</source>
        <translation>¿Eliminar la ejecución «%1» con sus marcas y notas? No se puede deshacer.</translation>
    </message>
    <message>
        <source>The run was deleted.</source>
        <translation>La ejecución se eliminó.</translation>
    </message>
</context>
<context>
    <name>CheckpointScreen</name>
    <message>
        <source>Leave checkpoint mode</source>
        <translation>Salir del modo puesto de control</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Fase siguiente</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Fase anterior</translation>
    </message>
    <message>
        <source>Show or hide the If threatened card</source>
        <translation>Mostrar u ocultar la tarjeta Si le amenazan</translation>
    </message>
    <message>
        <source>Finish the run</source>
        <translation>Terminar la ejecución</translation>
    </message>
    <message>
        <source>Undo the last tick, untick or note change</source>
        <translation>Deshacer la última marca, desmarca o cambio de nota</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Puesto de control</translation>
    </message>
    <message>
        <source>Space or Enter: tick · PgUp / PgDn: phase · Ctrl+Z: undo · Ctrl+Enter: finish · F1: if threatened · F12 or Ctrl+H: hide screen · Esc: leave</source>
        <translation>Espacio o Intro: marcar · RePág / AvPág: fase · Ctrl+Z: deshacer · Ctrl+Intro: terminar · F1: si le amenazan · F12 o Ctrl+H: ocultar pantalla · Esc: salir</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Items in this phase</source>
        <translation>Puntos de esta fase</translation>
    </message>
    <message>
        <source>Space or Enter ticks the highlighted item; a click anywhere on a row ticks it</source>
        <translation>Espacio o Intro marca el punto resaltado; un clic en cualquier parte de la fila lo marca</translation>
    </message>
    <message>
        <source>Item
note</source>
        <translation>Nota
del punto</translation>
    </message>
    <message>
        <source>Note for the highlighted item</source>
        <translation>Nota del punto resaltado</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Se guarda mientras escribe</translation>
    </message>
    <message>
        <source>Run
note</source>
        <translation>Nota de la
ejecución</translation>
    </message>
    <message>
        <source>Who you met, what was agreed…</source>
        <translation>Con quién se reunió, qué se acordó…</translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation>Tenga en cuenta</translation>
    </message>
    <message>
        <source>Previous phase (Page Up)</source>
        <translation>Fase anterior (RePág)</translation>
    </message>
    <message>
        <source>Next phase (Page Down)</source>
        <translation>Fase siguiente (AvPág)</translation>
    </message>
    <message>
        <source>Finish run</source>
        <translation>Terminar ejecución</translation>
    </message>
    <message>
        <source>Finish this run (Ctrl+Enter); asks first if a critical item is not done</source>
        <translation>Terminar esta ejecución (Ctrl+Intro); pregunta antes si falta un punto crítico</translation>
    </message>
    <message>
        <source>If threatened (F1)</source>
        <translation>Si le amenazan (F1)</translation>
    </message>
    <message>
        <source>What to do, and never do, under threat (F1)</source>
        <translation>Qué hacer, y qué no hacer nunca, bajo amenaza (F1)</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Salir (Esc)</translation>
    </message>
    <message>
        <source>Leave checkpoint mode (Esc); your ticks are saved</source>
        <translation>Salir del modo puesto de control (Esc); sus marcas quedan guardadas</translation>
    </message>
    <message>
        <source>If threatened</source>
        <translation>Si le amenazan</translation>
    </message>
    <message>
        <source>F1 or Esc: back to the checklist</source>
        <translation>F1 o Esc: volver a la lista</translation>
    </message>
    <message>
        <source>Back to the checklist (F1)</source>
        <translation>Volver a la lista (F1)</translation>
    </message>
    <message>
        <source>The If threatened card is not available: no library is loaded.</source>
        <translation>La tarjeta Si le amenazan no está disponible: no hay ninguna biblioteca cargada.</translation>
    </message>
    <message>
        <source>The checkpoint checklist is not available</source>
        <translation>La lista del puesto de control no está disponible</translation>
    </message>
    <message>
        <source>Run finished: “%1”</source>
        <translation>Ejecución terminada: «%1»</translation>
    </message>
    <message>
        <source>%1 · phase %2 of %3</source>
        <translation>%1 · fase %2 de %3</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechos</translation>
    </message>
    <message>
        <source>This phase is done. Next phase: Page Down.</source>
        <translation>Esta fase está hecha. Fase siguiente: AvPág.</translation>
    </message>
    <message>
        <source>Every item is ticked.</source>
        <translation>Todos los puntos están marcados.</translation>
    </message>
    <message>
        <source>Overall: %1 of %2 done</source>
        <translation>En total: %1 de %2 hechos</translation>
    </message>
    <message>
        <source>Nothing particular for this item.</source>
        <translation>Nada en particular para este punto.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The pack was refused; nothing was installed.</source>
        <translation>El paquete fue rechazado; no se instaló nada.</translation>
    </message>
    <message>
        <source>This is not a FieldKit pack, or it is incomplete; nothing was installed.</source>
        <translation>Esto no es un paquete de FieldKit, o está incompleto; no se instaló nada.</translation>
    </message>
    <message>
        <source>The pack %1 is not signed by a key FieldKit trusts; it was not installed.</source>
        <translation>El paquete %1 no está firmado con una clave de confianza para FieldKit; no se instaló.</translation>
    </message>
    <message>
        <source>This is not signed by enough keys FieldKit trusts; it was refused.</source>
        <translation>Esto no está firmado por suficientes claves de confianza para FieldKit; fue rechazado.</translation>
    </message>
    <message>
        <source>A file in the pack is not the one that was signed (damaged or changed); nothing was installed.</source>
        <translation>Un archivo del paquete no es el que se firmó (dañado o modificado); no se instaló nada.</translation>
    </message>
    <message>
        <source>This pack is older than the one you already have; it was not installed.</source>
        <translation>Este paquete es más antiguo que el que ya tiene; no se instaló.</translation>
    </message>
    <message>
        <source>Pack %1 version %2 needs a newer FieldKit; it was skipped.</source>
        <translation>El paquete %1 versión %2 necesita una versión más reciente de FieldKit; se omitió.</translation>
    </message>
    <message>
        <source>This pack needs a newer FieldKit; update FieldKit to install it.</source>
        <translation>Este paquete necesita una versión más reciente de FieldKit; actualice FieldKit para instalarlo.</translation>
    </message>
    <message>
        <source>Pack %1 version %2 is damaged; it was skipped.</source>
        <translation>El paquete %1 versión %2 está dañado; se omitió.</translation>
    </message>
    <message>
        <source>A pack is damaged; it was skipped.</source>
        <translation>Un paquete está dañado; se omitió.</translation>
    </message>
    <message>
        <source>The files of pack %1 version %2 are missing; it was skipped.</source>
        <translation>Faltan los archivos del paquete %1 versión %2; se omitió.</translation>
    </message>
    <message>
        <source>A pack's files are missing; it was skipped.</source>
        <translation>Faltan los archivos de un paquete; se omitió.</translation>
    </message>
    <message>
        <source>The library that came with FieldKit could not be installed as a pack, so it is read where it is.</source>
        <translation>La biblioteca que vino con FieldKit no se pudo instalar como paquete, así que se lee donde está.</translation>
    </message>
    <message>
        <source>The pack list has expired; get a fresh copy from the source.</source>
        <translation>La lista de paquetes ha caducado; obtenga una copia reciente de la fuente.</translation>
    </message>
    <message>
        <source>The pack is larger than FieldKit allows; it was refused.</source>
        <translation>El paquete es más grande de lo que FieldKit permite; fue rechazado.</translation>
    </message>
    <message>
        <source>The pack holds files it must not hold; it was refused.</source>
        <translation>El paquete contiene archivos que no debe contener; fue rechazado.</translation>
    </message>
    <message>
        <source>This pack comes from a publisher FieldKit does not trust; it was refused.</source>
        <translation>Este paquete viene de un editor en el que FieldKit no confía; fue rechazado.</translation>
    </message>
    <message>
        <source>The pack was checked but could not be installed; the packs you had are unchanged.</source>
        <translation>El paquete se verificó pero no se pudo instalar; sus paquetes anteriores no han cambiado.</translation>
    </message>
    <message>
        <source>%1 could not be reached; check the connection and try again.</source>
        <translation>No se pudo acceder a %1; compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The pack source could not be read; check it and try again.</source>
        <translation>No se pudo leer la fuente de paquetes; compruébela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not one this laptop trusts. If it is your organisation's own server, choose its CA certificate in the CA certificate setting on the Sync screen, then check again.</source>
        <translation>La conexión segura con %1 falló: su certificado no es uno en el que este portátil confíe. Si es el servidor propio de su organización, elija su certificado de CA en el ajuste «Certificado de CA» de la pantalla Sincronizar y vuelva a buscar.</translation>
    </message>
    <message>
        <source>The secure connection to the source failed: its certificate is not one this laptop trusts. If it is your organisation's own server, choose its CA certificate in the CA certificate setting on the Sync screen, then check again.</source>
        <translation>La conexión segura con la fuente falló: su certificado no es uno en el que este portátil confíe. Si es el servidor propio de su organización, elija su certificado de CA en el ajuste «Certificado de CA» de la pantalla Sincronizar y vuelva a buscar.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read (missing, or not PEM certificates); choose another in the CA certificate setting on the Sync screen, or clear it.</source>
        <translation>No se puede leer el archivo de certificado de CA %1 (falta o no contiene certificados PEM); elija otro en el ajuste «Certificado de CA» de la pantalla Sincronizar, o déjelo vacío.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read (missing, or not PEM certificates); choose another in the CA certificate setting on the Sync screen, or clear it.</source>
        <translation>No se puede leer el archivo de certificado de CA (falta o no contiene certificados PEM); elija otro en el ajuste «Certificado de CA» de la pantalla Sincronizar, o déjelo vacío.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>La descarga se canceló.</translation>
    </message>
    <message>
        <source>%1: the download of only the changes was refused, so the full pack was downloaded instead.</source>
        <translation>%1: se rechazó la descarga de solo los cambios, así que se descargó el paquete completo.</translation>
    </message>
    <message>
        <source>The download of only the changes was refused, so the full pack was downloaded instead.</source>
        <translation>Se rechazó la descarga de solo los cambios, así que se descargó el paquete completo.</translation>
    </message>
    <message>
        <source>%1 was not installed: the source is out of date.</source>
        <translation>%1 no se instaló: la fuente está desactualizada.</translation>
    </message>
    <message>
        <source>A new pack was not installed: the source is out of date.</source>
        <translation>No se instaló un paquete nuevo: la fuente está desactualizada.</translation>
    </message>
    <message>
        <source>No pack is installed on this laptop, so there is nothing to pass on.</source>
        <translation>No hay ningún paquete instalado en este portátil, así que no hay nada que pasar a otros.</translation>
    </message>
    <message>
        <source>Updates are never copied into FieldKit's own data folder; choose a USB drive or another folder.</source>
        <translation>Las actualizaciones nunca se copian en la carpeta de datos de FieldKit; elija una unidad USB u otra carpeta.</translation>
    </message>
    <message>
        <source>%1 is not a folder; choose a drive or a folder.</source>
        <translation>%1 no es una carpeta; elija una unidad o una carpeta.</translation>
    </message>
    <message>
        <source>This is not a folder; choose a drive or a folder.</source>
        <translation>Esto no es una carpeta; elija una unidad o una carpeta.</translation>
    </message>
    <message>
        <source>This drive already holds newer updates than this laptop has; nothing was copied.</source>
        <translation>Esta unidad ya contiene actualizaciones más recientes que las de este portátil; no se copió nada.</translation>
    </message>
    <message>
        <source>pack %1 version %2 was installed before FieldKit kept its signed files; sync it again to pass it on</source>
        <translation>el paquete %1 versión %2 se instaló antes de que FieldKit guardara sus archivos firmados; sincronícelo de nuevo para pasarlo a otros</translation>
    </message>
    <message>
        <source>a pack was installed before FieldKit kept its signed files; sync it again to pass it on</source>
        <translation>un paquete se instaló antes de que FieldKit guardara sus archivos firmados; sincronícelo de nuevo para pasarlo a otros</translation>
    </message>
    <message>
        <source>pack %1 version %2 came with another pack list than the newest this laptop holds; sync it again from a source to pass it on</source>
        <translation>el paquete %1 versión %2 llegó con una lista de paquetes distinta de la más reciente de este portátil; sincronícelo de nuevo desde una fuente para pasarlo a otros</translation>
    </message>
    <message>
        <source>a pack came with another pack list than the newest this laptop holds; sync it again from a source to pass it on</source>
        <translation>un paquete llegó con una lista de paquetes distinta de la más reciente de este portátil; sincronícelo de nuevo desde una fuente para pasarlo a otros</translation>
    </message>
    <message>
        <source>Port %1 is used by another program, so nothing is shared.</source>
        <translation>Otro programa usa el puerto %1, así que no se comparte nada.</translation>
    </message>
    <message>
        <source>The network port is used by another program, so nothing is shared.</source>
        <translation>Otro programa usa el puerto de red, así que no se comparte nada.</translation>
    </message>
    <message>
        <source>Your data could not be opened or saved.</source>
        <translation>No se pudieron abrir ni guardar sus datos.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again.</source>
        <translation>El disco está lleno; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your data file is in use by another FieldKit window or program; close it and try again.</source>
        <translation>Otra ventana de FieldKit u otro programa está usando su archivo de datos; ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your data file is read-only; check its permissions.</source>
        <translation>Su archivo de datos es de solo lectura; revise sus permisos.</translation>
    </message>
    <message>
        <source>Your data file is damaged; restore a backup in Settings.</source>
        <translation>Su archivo de datos está dañado; restaure una copia de seguridad en Ajustes.</translation>
    </message>
    <message>
        <source>Your data was written by a newer FieldKit; update FieldKit to open it.</source>
        <translation>Sus datos fueron escritos por una versión más reciente de FieldKit; actualice FieldKit para abrirlos.</translation>
    </message>
    <message>
        <source>The passphrase is wrong; nothing was opened.</source>
        <translation>La frase de contraseña es incorrecta; no se abrió nada.</translation>
    </message>
    <message>
        <source>This key does not open the data in this folder.</source>
        <translation>Esta clave no abre los datos de esta carpeta.</translation>
    </message>
    <message>
        <source>Your data is locked: a passphrase is needed to open it.</source>
        <translation>Sus datos están bloqueados: se necesita una frase de contraseña para abrirlos.</translation>
    </message>
    <message>
        <source>Your data already has a passphrase; change it with the current one.</source>
        <translation>Sus datos ya tienen una frase de contraseña; cámbiela usando la actual.</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>No se pudo hacer la copia de seguridad.</translation>
    </message>
    <message>
        <source>There is no backup named %1.</source>
        <translation>No hay ninguna copia de seguridad llamada %1.</translation>
    </message>
    <message>
        <source>That backup no longer exists.</source>
        <translation>Esa copia de seguridad ya no existe.</translation>
    </message>
    <message>
        <source>The data folder is read-only, so nothing can be restored into it; %1 itself is intact.</source>
        <translation>La carpeta de datos es de solo lectura, así que no se puede restaurar nada en ella; %1 sigue intacta.</translation>
    </message>
    <message>
        <source>The data folder is read-only, so nothing can be restored into it.</source>
        <translation>La carpeta de datos es de solo lectura, así que no se puede restaurar nada en ella.</translation>
    </message>
    <message>
        <source>The backup could not be restored; your data is unchanged.</source>
        <translation>No se pudo restaurar la copia de seguridad; sus datos no han cambiado.</translation>
    </message>
    <message>
        <source>The damaged data file could not be moved aside, so the backup was not restored; your data is unchanged.</source>
        <translation>No se pudo apartar el archivo de datos dañado, así que la copia de seguridad no se restauró; sus datos no han cambiado.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened in a read-only folder; copy the data folder somewhere writable and restore from there.</source>
        <translation>La copia de seguridad %1 no se puede abrir en una carpeta de solo lectura; copie la carpeta de datos a un lugar donde se pueda escribir y restaure desde allí.</translation>
    </message>
    <message>
        <source>The backup cannot be opened in a read-only folder; copy the data folder somewhere writable and restore from there.</source>
        <translation>La copia de seguridad no se puede abrir en una carpeta de solo lectura; copie la carpeta de datos a un lugar donde se pueda escribir y restaure desde allí.</translation>
    </message>
    <message>
        <source>Close the other FieldKit window using this data folder first, then restore.</source>
        <translation>Cierre primero la otra ventana de FieldKit que usa esta carpeta de datos y luego restaure.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged or not FieldKit data; choose another.</source>
        <translation>La copia de seguridad %1 está dañada o no contiene datos de FieldKit; elija otra.</translation>
    </message>
    <message>
        <source>This backup is damaged or not FieldKit data; choose another.</source>
        <translation>Esta copia de seguridad está dañada o no contiene datos de FieldKit; elija otra.</translation>
    </message>
    <message>
        <source>%1 cannot be written there; choose another place.</source>
        <translation>No se puede escribir %1 ahí; elija otro lugar.</translation>
    </message>
    <message>
        <source>The file cannot be written there; choose another place.</source>
        <translation>No se puede escribir el archivo ahí; elija otro lugar.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is full; free some space and try again.</source>
        <translation>No se pudo escribir %1: el disco está lleno; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>No se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <source>%1 is inside your FieldKit data folder, which only FieldKit writes; choose a file outside it.</source>
        <translation>%1 está dentro de su carpeta de datos de FieldKit, donde solo escribe FieldKit; elija un archivo fuera de ella.</translation>
    </message>
    <message>
        <source>This is inside your FieldKit data folder, which only FieldKit writes; choose a file outside it.</source>
        <translation>Esto está dentro de su carpeta de datos de FieldKit, donde solo escribe FieldKit; elija un archivo fuera de ella.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a link or a device); give the path of a file to write.</source>
        <translation>%1 no es un archivo normal (una carpeta, un enlace o un dispositivo); indique la ruta de un archivo para escribir.</translation>
    </message>
    <message>
        <source>This is not a regular file; give the path of a file to write.</source>
        <translation>Esto no es un archivo normal; indique la ruta de un archivo para escribir.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>No se pudo escribir el informe.</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened; it is missing, damaged or not a FieldKit library.</source>
        <translation>No se puede abrir la biblioteca %1; falta, está dañada o no es una biblioteca de FieldKit.</translation>
    </message>
    <message>
        <source>The library cannot be opened.</source>
        <translation>No se puede abrir la biblioteca.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a library record.</source>
        <translation>%1 no se puede leer como registro de la biblioteca.</translation>
    </message>
    <message>
        <source>A library record cannot be read.</source>
        <translation>No se puede leer un registro de la biblioteca.</translation>
    </message>
    <message>
        <source>The library could not be built.</source>
        <translation>No se pudo crear la biblioteca.</translation>
    </message>
    <message>
        <source>The source file %1 is not valid.</source>
        <translation>El archivo fuente %1 no es válido.</translation>
    </message>
    <message>
        <source>A source file is not valid.</source>
        <translation>Un archivo fuente no es válido.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read for the build.</source>
        <translation>El archivo %1 no se puede leer para la creación.</translation>
    </message>
    <message>
        <source>A file cannot be read for the build.</source>
        <translation>Un archivo no se puede leer para la creación.</translation>
    </message>
    <message>
        <source>Nothing has the id %1.</source>
        <translation>Nada tiene el identificador %1.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Ese elemento ya no existe.</translation>
    </message>
    <message>
        <source>This run is finished; reopen it to change it.</source>
        <translation>Esta ejecución está terminada; vuelva a abrirla para cambiarla.</translation>
    </message>
    <message>
        <source>An added item needs some text.</source>
        <translation>Un elemento añadido necesita algo de texto.</translation>
    </message>
    <message>
        <source>This value does not fit the field.</source>
        <translation>Este valor no corresponde al campo.</translation>
    </message>
    <message>
        <source>That is not something FieldKit can wipe.</source>
        <translation>Eso no es algo que FieldKit pueda borrar.</translation>
    </message>
    <message>
        <source>%1: version %2 was already installed.</source>
        <translation>%1: la versión %2 ya estaba instalada.</translation>
    </message>
    <message>
        <source>%1: installed version %2.</source>
        <translation>%1: versión %2 instalada.</translation>
    </message>
    <message>
        <source>%1: updated from version %2 to version %3.</source>
        <translation>%1: actualizado de la versión %2 a la versión %3.</translation>
    </message>
    <message>
        <source>%1: updated from version %2 to version %3 (only the changes were downloaded).</source>
        <translation>%1: actualizado de la versión %2 a la versión %3 (solo se descargaron los cambios).</translation>
    </message>
    <message>
        <source>Everything is up to date: nothing was changed.</source>
        <translation>Todo está al día: no se cambió nada.</translation>
    </message>
    <message>
        <source>Skipped %1.</source>
        <translation>Omitido: %1.</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>Omitido %1: %2</translation>
    </message>
    <message>
        <source>The source was out of date: content as of %1.</source>
        <translation>La fuente estaba desactualizada: contenido a fecha de %1.</translation>
    </message>
    <message>
        <source>Refused: this update is not signed by a publisher this device trusts, so nothing was installed. Do not use this source. (%1)</source>
        <translation>Rechazado: esta actualización no está firmada por un editor de confianza para este dispositivo, así que no se instaló nada. No use esta fuente. (%1)</translation>
    </message>
    <message>
        <source>Refused: a file on this source is not the one its publisher signed (damaged or tampered with), so nothing was installed. (%1)</source>
        <translation>Rechazado: un archivo de esta fuente no es el que firmó su editor (dañado o manipulado), así que no se instaló nada. (%1)</translation>
    </message>
    <message>
        <source>Refused: this source is out of date. (%1)</source>
        <translation>Rechazado: esta fuente está desactualizada. (%1)</translation>
    </message>
    <message>
        <source>Could not reach the source or read from it (no network, too slow, or the drive was removed). Nothing was changed; try again later. (%1)</source>
        <translation>No se pudo acceder a la fuente ni leerla (sin red, demasiado lenta o se retiró la unidad). No se cambió nada; inténtelo más tarde. (%1)</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>A report is saved as an ordinary file (PDF or HTML): it is not encrypted, even with a passphrase set, so anyone who gets the file can read everything in it.</source>
        <translation>Un informe se guarda como un archivo normal (PDF o HTML): no está cifrado, aunque haya una frase de contraseña, así que cualquiera que obtenga el archivo puede leer todo lo que contiene.</translation>
    </message>
    <message>
        <source>Share-safe: leave out notes, names and worksheets</source>
        <translation>Seguro para compartir: omitir notas, nombres y fichas</translation>
    </message>
    <message>
        <source>Share-safe report</source>
        <translation>Informe seguro para compartir</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>— not chosen —</source>
        <translation>— sin elegir —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Set %1 to now</source>
        <translation>Poner %1 en la hora actual</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>everywhere</source>
        <translation>en todas partes</translation>
    </message>
    <message>
        <source>built today</source>
        <translation>creada hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>de hace %n día</numerusform>
            <numerusform>de hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>FieldKit help</source>
        <translation>Ayuda de FieldKit</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Cerrar la ayuda</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Hace</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>FieldKit %1</source>
        <translation>FieldKit %1</translation>
    </message>
    <message>
        <source>Works offline. Your data stays on this computer.</source>
        <translation>Funciona sin conexión. Sus datos se quedan en este equipo.</translation>
    </message>
    <message>
        <source>No library loaded</source>
        <translation>Ninguna biblioteca cargada</translation>
    </message>
    <message>
        <source>Libraries:</source>
        <translation>Bibliotecas:</translation>
    </message>
    <message>
        <source>Your data folder:</source>
        <translation>Su carpeta de datos:</translation>
    </message>
    <message>
        <source>About FieldKit</source>
        <translation>Acerca de FieldKit</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>What are you doing now?</source>
        <translation>¿Qué está haciendo ahora?</translation>
    </message>
    <message>
        <source>Pick what fits the moment. Everything here works without a network.</source>
        <translation>Elija lo que corresponda al momento. Todo funciona sin red.</translation>
    </message>
    <message>
        <source>At a checkpoint</source>
        <translation>En un puesto de control</translation>
    </message>
    <message>
        <source>Start the checkpoint checklist, full screen, one phase at a time.</source>
        <translation>Iniciar la lista del puesto de control, a pantalla completa, fase por fase.</translation>
    </message>
    <message>
        <source>Meeting community leaders</source>
        <translation>Reunión con líderes comunitarios</translation>
    </message>
    <message>
        <source>Start the checklist for a first meeting with community leaders.</source>
        <translation>Iniciar la lista para una primera reunión con líderes comunitarios.</translation>
    </message>
    <message>
        <source>Choose your track</source>
        <translation>Elija su vía</translation>
    </message>
    <message>
        <source>Dialogue, advocacy, negotiation or persuasion: which fits now?</source>
        <translation>Diálogo, incidencia, negociación o persuasión: ¿qué corresponde ahora?</translation>
    </message>
    <message>
        <source>Cultural prompts</source>
        <translation>Recordatorios culturales</translation>
    </message>
    <message>
        <source>Greetings, dress, age, gender, religion: reminders for your setting.</source>
        <translation>Saludos, vestimenta, edad, género, religión: recordatorios para su contexto.</translation>
    </message>
    <message>
        <source>If threatened</source>
        <translation>Si le amenazan</translation>
    </message>
    <message>
        <source>Life before property: what to do, what never to do, what to report.</source>
        <translation>La vida antes que los bienes: qué hacer, qué no hacer nunca, qué informar.</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>Fichas de trabajo</translation>
    </message>
    <message>
        <source>Debrief, incident report, red lines, iceberg, emergency contacts.</source>
        <translation>Informe posterior, informe de incidente, líneas rojas, iceberg, contactos de emergencia.</translation>
    </message>
    <message>
        <source>Opens checkpoint mode; Esc leaves it</source>
        <translation>Abre el modo puesto de control; Esc sale</translation>
    </message>
    <message>
        <source>Library updates</source>
        <translation>Actualizaciones de la biblioteca</translation>
    </message>
    <message>
        <source>See updates</source>
        <translation>Ver actualizaciones</translation>
    </message>
    <message>
        <source>Open the Sync screen; nothing is installed until you ask</source>
        <translation>Abrir la pantalla Sincronizar; no se instala nada hasta que usted lo pida</translation>
    </message>
    <message>
        <source>%1 from %2.</source>
        <translation>%1 desde %2.</translation>
    </message>
    <message>
        <source>Recent and unfinished runs</source>
        <translation>Ejecuciones recientes y sin terminar</translation>
    </message>
    <message>
        <source>Recent and unfinished checklist runs</source>
        <translation>Ejecuciones de listas recientes y sin terminar</translation>
    </message>
    <message>
        <source>Enter or click opens the run</source>
        <translation>Intro o clic abre la ejecución</translation>
    </message>
    <message>
        <source>No checklist runs yet. Start one from a card above; every tick is saved at once.</source>
        <translation>Aún no hay ejecuciones. Empiece una desde una tarjeta de arriba; cada marca se guarda al instante.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Offline — that's normal: everything works without a network.</source>
        <translation>Sin conexión — es normal: todo funciona sin red.</translation>
    </message>
    <message>
        <source>Library title</source>
        <translation>Título de la biblioteca</translation>
    </message>
    <message>
        <source>Library age</source>
        <translation>Antigüedad de la biblioteca</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Abriendo la biblioteca…</translation>
    </message>
    <message>
        <source>No library is loaded. Checklist runs you already have still open.</source>
        <translation>No hay ninguna biblioteca cargada. Las ejecuciones que ya tiene se siguen abriendo.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more pack(s)</source>
        <translation>
            <numerusform>+ %n paquete más</numerusform>
            <numerusform>+ %n paquetes más</numerusform>
        </translation>
    </message>
    <message>
        <source>Built %1</source>
        <translation>Creada el %1</translation>
    </message>
    <message>
        <source>Built %1 · today</source>
        <translation>Creada el %1 · hoy</translation>
    </message>
    <message numerus="yes">
        <source>Built %1 · %n day(s) old</source>
        <translation>
            <numerusform>Creada el %1 · hace %n día</numerusform>
            <numerusform>Creada el %1 · hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own data could not be opened, so runs are not shown.</source>
        <translation>No se pudieron abrir sus datos, así que no se muestran las ejecuciones.</translation>
    </message>
</context>
<context>
    <name>InstalledPacksModel</name>
    <message>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>InstalledPacksPanel</name>
    <message>
        <source>Installed packs</source>
        <translation>Paquetes instalados</translation>
    </message>
    <message>
        <source>No pack is installed: FieldKit reads the library it came with.</source>
        <translation>No hay ningún paquete instalado: FieldKit lee la biblioteca con la que vino.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Go back to the version installed before</source>
        <translation>Volver a la versión instalada antes</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Rolling %1 back to version %2…</source>
        <translation>Revirtiendo %1 a la versión %2…</translation>
    </message>
    <message>
        <source>%1 is back at version %2 (version %3 is kept, so you can switch again).</source>
        <translation>%1 ha vuelto a la versión %2 (la versión %3 se conserva, así que puede volver a cambiar).</translation>
    </message>
    <message>
        <source>Remove pack?</source>
        <translation>¿Quitar el paquete?</translation>
    </message>
    <message>
        <source>Remove %1 (%2, version %3) from this device? Its content will no longer show. Your own runs, notes and worksheets are kept.</source>
        <translation>¿Quitar %1 (%2, versión %3) de este dispositivo? Su contenido dejará de mostrarse. Sus propias ejecuciones, notas y fichas se conservan.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Quitando %1…</translation>
    </message>
    <message>
        <source>%1 was removed from this device.</source>
        <translation>%1 se quitó de este dispositivo.</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Not applicable…</source>
        <translation>No aplica…</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Mark the selected item not applicable here, with a reason if you like</source>
        <translation>Marcar que el punto seleccionado no aplica aquí, con un motivo si lo desea</translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation>Tenga en cuenta</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Ticked %1</source>
        <translation>Marcado a las %1</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Aún sin hacer</translation>
    </message>
    <message>
        <source>Added during this run</source>
        <translation>Añadido durante esta ejecución</translation>
    </message>
    <message>
        <source>No longer in the current checklist</source>
        <translation>Ya no está en la lista actual</translation>
    </message>
    <message>
        <source>Applicable again</source>
        <translation>Aplica de nuevo</translation>
    </message>
    <message>
        <source>No prompts for this item.</source>
        <translation>No hay recordatorios para este punto.</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>No library is loaded, so there is nothing to show here.</source>
        <translation>No hay ninguna biblioteca cargada, así que no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>All publishers</source>
        <translation>Todos los editores</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Desde el año</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Hasta el año</translation>
    </message>
    <message>
        <source>Bookmarked only</source>
        <translation>Solo marcadores</translation>
    </message>
    <message>
        <source>Show bookmarked records only</source>
        <translation>Mostrar solo los registros con marcador</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>Número de registros</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <source>Type, language, publisher, years and bookmarks</source>
        <translation>Tipo, idioma, editor, años y marcadores</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Arrow keys move; the record shows on the right</source>
        <translation>Las flechas mueven; el registro se muestra al lado</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No records match. Clear a filter or try other words.</source>
        <translation>Ningún registro coincide. Borre un filtro o pruebe otras palabras.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown, more as you scroll</source>
        <translation>
            <numerusform>%n registro mostrado, más al desplazarse</numerusform>
            <numerusform>%n registros mostrados, más al desplazarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryWatcher</name>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n registro añadido</numerusform>
            <numerusform>%n registros añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) removed</source>
        <translation>
            <numerusform>%n registro eliminado</numerusform>
            <numerusform>%n registros eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>Library reloaded.</source>
        <translation>Biblioteca recargada.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Library updated: %1.</source>
        <translation>Biblioteca actualizada: %1.</translation>
    </message>
    <message>
        <source>%1 installed (version %2)</source>
        <translation>%1 instalado (versión %2)</translation>
    </message>
    <message>
        <source>%1 updated to version %2</source>
        <translation>%1 actualizado a la versión %2</translation>
    </message>
    <message>
        <source>%1 rolled back to version %2</source>
        <translation>%1 devuelto a la versión %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 eliminado</translation>
    </message>
    <message>
        <source>The new library could not be opened.</source>
        <translation>No se pudo abrir la nueva biblioteca.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Unlock status</source>
        <translation>Estado del desbloqueo</translation>
    </message>
    <message>
        <source>Open from the neutral start screen (no passphrase set)</source>
        <translation>Abrir desde la pantalla de inicio neutra (sin frase de contraseña)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>No hay notas.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>FieldKit is locked</source>
        <translation>FieldKit está bloqueado</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your data.</source>
        <translation>Escriba su frase de contraseña para abrir sus datos.</translation>
    </message>
    <message>
        <source>No passphrase is set, so anyone with this computer can unlock it. Set one in Settings › Privacy.</source>
        <translation>No hay ninguna frase de contraseña, así que cualquiera que tenga este ordenador puede desbloquearlo. Defina una en Ajustes › Privacidad.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
    <message>
        <source>That passphrase is wrong.</source>
        <translation>Esa frase de contraseña es incorrecta.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left before your notes are erased.</source>
        <translation>
            <numerusform>Queda %n intento antes de que se borren sus notas.</numerusform>
            <numerusform>Quedan %n intentos antes de que se borren sus notas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <source>The wipe could not remove %1 (and %2 other files): delete them by hand or erase the drive.</source>
        <translation>El borrado no pudo eliminar %1 (ni otros %2 archivos): elimínelos a mano o borre la unidad.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>Fichas de trabajo</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Go to the %1 screen</source>
        <translation>Ir a la pantalla %1</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Shortcuts and about FieldKit (F1)</source>
        <translation>Atajos y acerca de FieldKit (F1)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Lock: close your data and show only the unlock screen</source>
        <translation>Bloquear: cerrar sus datos y mostrar solo la pantalla de desbloqueo</translation>
    </message>
    <message>
        <source>Hide the screen behind a clock (the same key brings it back)</source>
        <translation>Ocultar la pantalla tras un reloj (la misma tecla la vuelve a mostrar)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Find on this screen (where it can), else search everything</source>
        <translation>Buscar en esta pantalla (si se puede); si no, en todo</translation>
    </message>
    <message>
        <source>Back to the previous screen</source>
        <translation>Volver a la pantalla anterior</translation>
    </message>
    <message>
        <source>Help: shortcuts and about FieldKit</source>
        <translation>Ayuda: atajos y acerca de FieldKit</translation>
    </message>
    <message>
        <source>Library status</source>
        <translation>Estado de la biblioteca</translation>
    </message>
    <message>
        <source>%1 available (%2)</source>
        <translation>Disponible: %1 (%2)</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Abriendo la biblioteca…</translation>
    </message>
    <message>
        <source>No library loaded</source>
        <translation>Ninguna biblioteca cargada</translation>
    </message>
    <message numerus="yes">
        <source> + %n more pack(s)</source>
        <translation>
            <numerusform> + %n paquete más</numerusform>
            <numerusform> + %n paquetes más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2%3 · offline</source>
        <translation>%1 %2%3 · sin conexión</translation>
    </message>
</context>
<context>
    <name>PackWords</name>
    <message numerus="yes">
        <source>%1, %n second(s) left</source>
        <translation>
            <numerusform>%1, queda %n segundo</numerusform>
            <numerusform>%1, quedan %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n actualización</numerusform>
            <numerusform>%n actualizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>de hace %n día</numerusform>
            <numerusform>de hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1, %2/s</source>
        <translation>%1, a %2/s</translation>
    </message>
    <message>
        <source>backing up your data</source>
        <translation>haciendo una copia de seguridad de sus datos</translation>
    </message>
    <message>
        <source>your data is locked, so it was not backed up first (installing does not change it)</source>
        <translation>sus datos están bloqueados, así que no se hizo antes una copia de seguridad (la instalación no los cambia)</translation>
    </message>
    <message>
        <source>unpacking</source>
        <translation>desempaquetando</translation>
    </message>
    <message>
        <source>building the search index</source>
        <translation>creando el índice de búsqueda</translation>
    </message>
    <message>
        <source>switching to the new version</source>
        <translation>cambiando a la nueva versión</translation>
    </message>
    <message>
        <source>today</source>
        <translation>de hoy</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 versión %2</translation>
    </message>
</context>
<context>
    <name>PassOnPanel</name>
    <message>
        <source>Pass it on</source>
        <translation>Pasarlo a otros</translation>
    </message>
    <message>
        <source>Give the updates this laptop has to another team: copy them to a USB drive, or let a laptop nearby download them from this one. They stay signed by their publisher, so the other laptop checks them just the same.</source>
        <translation>Pase las actualizaciones de este portátil a otro equipo: cópielas en una unidad USB o deje que un portátil cercano las descargue de este. Siguen firmadas por su editor, así que el otro portátil las comprueba igual.</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Progreso de la copia</translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>Resultado de la copia</translation>
    </message>
    <message>
        <source>Address to type on the other laptop</source>
        <translation>Dirección que hay que escribir en el otro portátil</translation>
    </message>
    <message>
        <source>Copy updates to a drive…</source>
        <translation>Copiar las actualizaciones en una unidad…</translation>
    </message>
    <message>
        <source>Cancel copy</source>
        <translation>Cancelar la copia</translation>
    </message>
    <message>
        <source>Stop the copy; the drive holds no half-written update list</source>
        <translation>Detener la copia; la unidad no guarda una lista de actualizaciones a medio escribir</translation>
    </message>
    <message>
        <source>Share on this network</source>
        <translation>Compartir en esta red</translation>
    </message>
    <message>
        <source>Laptops on the same network can download this laptop's updates, read-only, for a limited time</source>
        <translation>Los portátiles de la misma red pueden descargar las actualizaciones de este portátil, solo lectura, durante un tiempo limitado</translation>
    </message>
    <message>
        <source>How long to share</source>
        <translation>Cuánto tiempo compartir</translation>
    </message>
    <message numerus="yes">
        <source>for %n minute(s)</source>
        <translation>
            <numerusform>durante %n minuto</numerusform>
            <numerusform>durante %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>No USB drive is plugged in.</source>
        <translation>No hay ninguna unidad USB conectada.</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>Otra carpeta…</translation>
    </message>
    <message>
        <source>Choose where to copy the updates</source>
        <translation>Elija dónde copiar las actualizaciones</translation>
    </message>
    <message>
        <source>Copying the updates to %1…</source>
        <translation>Copiando las actualizaciones en %1…</translation>
    </message>
    <message>
        <source>Copying: %1 of %2</source>
        <translation>Copiando: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n update(s) to %1:</source>
        <translation>
            <numerusform>Se copió %n actualización en %1:</numerusform>
            <numerusform>Se copiaron %n actualizaciones en %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>No copiado: %1</translation>
    </message>
    <message>
        <source>On the other laptop, open Sync and choose this drive (or folder) to install them.</source>
        <translation>En el otro portátil, abra Sincronizar y elija esta unidad (o carpeta) para instalarlas.</translation>
    </message>
    <message>
        <source>%1 version %2 (full pack, as a single file)</source>
        <translation>%1 versión %2 (paquete completo, como archivo suelto)</translation>
    </message>
    <message>
        <source>%1 version %2 (full pack)</source>
        <translation>%1 versión %2 (paquete completo)</translation>
    </message>
    <message>
        <source>%1 version %2 (changes from version %3, as a single file)</source>
        <translation>%1 versión %2 (cambios desde la versión %3, como archivo suelto)</translation>
    </message>
    <message>
        <source>%1 version %2 (changes from version %3)</source>
        <translation>%1 versión %2 (cambios desde la versión %3)</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>No se copió nada: %1</translation>
    </message>
    <message>
        <source>Copy cancelled. Copy again before giving this drive to anyone: it may not hold all the updates.</source>
        <translation>Copia cancelada. Vuelva a copiar antes de dar esta unidad a nadie: puede que no tenga todas las actualizaciones.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Not shared: %1</source>
        <translation>No se compartió: %1</translation>
    </message>
    <message>
        <source>Sharing stopped.</source>
        <translation>Se dejó de compartir.</translation>
    </message>
    <message>
        <source>Sharing stopped: its time is up.</source>
        <translation>Se dejó de compartir: se acabó el tiempo.</translation>
    </message>
    <message>
        <source>Stops by itself in %1.</source>
        <translation>Se detiene sola en %1.</translation>
    </message>
    <message>
        <source>Off. Nothing is shared until you switch it on.</source>
        <translation>Desactivado. No se comparte nada hasta que lo active.</translation>
    </message>
    <message>
        <source>Sharing. On the other laptop (on the same network), open Sync and type:</source>
        <translation>Compartiendo. En el otro portátil (en la misma red), abra Sincronizar y escriba:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set a passphrase</source>
        <translation>Definir una frase de contraseña</translation>
    </message>
    <message>
        <source>Protect your notes</source>
        <translation>Proteja sus notas</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <source>What you write here (notes, names, incident reports) could endanger you and others if this laptop is taken. With a passphrase it is encrypted: nobody can read it without the passphrase. You can also do this later in Settings.</source>
        <translation>Lo que escribe aquí (notas, nombres, informes de incidente) podría ponerle en peligro a usted y a otras personas si alguien se lleva este portátil. Con una frase de contraseña se cifra: nadie puede leerlo sin la frase de contraseña. También puede hacerlo más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>Your runs, notes and worksheets are encrypted with it. If you forget it, nobody can get them back, not even you.</source>
        <translation>Sus ejecuciones, notas y fichas se cifran con ella. Si la olvida, nadie podrá recuperarlas, ni siquiera usted.</translation>
    </message>
    <message>
        <source>Your data stays encrypted; only the passphrase that opens it changes.</source>
        <translation>Sus datos siguen cifrados; solo cambia la frase de contraseña que los abre.</translation>
    </message>
    <message>
        <source>Without a passphrase your data is readable by anyone who has this laptop.</source>
        <translation>Sin una frase de contraseña, cualquiera que tenga este portátil puede leer sus datos.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repítala</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Definir frase de contraseña</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation>Quitar frase de contraseña</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Type a passphrase first.</source>
        <translation>Escriba primero una frase de contraseña.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Las dos frases de contraseña no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <source>Decrypting your data…</source>
        <translation>Descifrando sus datos…</translation>
    </message>
    <message>
        <source>Encrypting your data… this can take a moment.</source>
        <translation>Cifrando sus datos… puede tardar un momento.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrase was removed: your data is now readable by anyone with this laptop.</source>
        <translation>Se quitó la frase de contraseña: ahora cualquiera que tenga este portátil puede leer sus datos.</translation>
    </message>
    <message>
        <source>Your data is now encrypted with your passphrase.</source>
        <translation>Sus datos ahora están cifrados con su frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>PrivacyCover</name>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <source>Privacy and security</source>
        <translation>Privacidad y seguridad</translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation>Definir una frase de contraseña…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Remove passphrase…</source>
        <translation>Quitar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Never by itself</source>
        <translation>Nunca por sí solo</translation>
    </message>
    <message>
        <source>As soon as it is hidden or minimised</source>
        <translation>En cuanto se oculte o minimice</translation>
    </message>
    <message>
        <source>After 1 minute without use</source>
        <translation>Tras 1 minuto sin uso</translation>
    </message>
    <message>
        <source>After 5 minutes without use</source>
        <translation>Tras 5 minutos sin uso</translation>
    </message>
    <message>
        <source>After 15 minutes without use</source>
        <translation>Tras 15 minutos sin uso</translation>
    </message>
    <message>
        <source>After 1 hour without use</source>
        <translation>Tras 1 hora sin uso</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Bloquear automáticamente</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message numerus="yes">
        <source>After %n wrong passphrase(s)</source>
        <translation>
            <numerusform>Tras %n frase de contraseña incorrecta</numerusform>
            <numerusform>Tras %n frases de contraseña incorrectas</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase my notes after wrong passphrases</source>
        <translation>Borrar mis notas tras frases de contraseña incorrectas</translation>
    </message>
    <message>
        <source>Erase my notes</source>
        <translation>Borrar mis notas</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Disguise</source>
        <translation>Camuflaje</translation>
    </message>
    <message>
        <source>The window, the taskbar and dialogs show this name and a plain icon, and the app opens on a neutral page: your passphrase, or Ctrl+Shift+O without one, opens it. The file names of the program and of its data folder still say FieldKit.</source>
        <translation>La ventana, la barra de tareas y los diálogos muestran este nombre y un icono sencillo, y la aplicación se abre en una página neutra: su frase de contraseña, o Ctrl+Shift+O si no tiene, la abre. Los nombres de archivo del programa y de su carpeta de datos siguen diciendo FieldKit.</translation>
    </message>
    <message>
        <source>Erase data…</source>
        <translation>Borrar datos…</translation>
    </message>
    <message>
        <source>Erase data now (emergency wipe)</source>
        <translation>Borrar los datos ahora (borrado de emergencia)</translation>
    </message>
    <message>
        <source>Emergency wipe, with a few seconds to cancel. From any screen: hold Ctrl+Shift+Delete for two seconds.</source>
        <translation>Borrado de emergencia, con unos segundos para cancelar. Desde cualquier pantalla: mantenga pulsadas Ctrl+Shift+Supr durante dos segundos.</translation>
    </message>
    <message>
        <source>Your data is not open, so its passphrase cannot be changed now.</source>
        <translation>Sus datos no están abiertos, así que ahora no se puede cambiar su frase de contraseña.</translation>
    </message>
    <message>
        <source>Your runs, notes and worksheets are encrypted: without your passphrase nobody can read them. Exports (reports) are not encrypted.</source>
        <translation>Sus ejecuciones, notas y fichas están cifradas: sin su frase de contraseña nadie puede leerlas. Las exportaciones (informes) no están cifradas.</translation>
    </message>
    <message>
        <source>No passphrase is set: your data is readable by anyone who has this laptop, and anyone can unlock FieldKit when it is locked.</source>
        <translation>No hay ninguna frase de contraseña: cualquiera que tenga este portátil puede leer sus datos, y cualquiera puede desbloquear FieldKit cuando está bloqueado.</translation>
    </message>
    <message>
        <source>Off. Only possible with a passphrase.</source>
        <translation>Desactivado. Solo es posible con una frase de contraseña.</translation>
    </message>
    <message>
        <source>Off: wrong passphrases only make the next try wait longer.</source>
        <translation>Desactivado: las frases de contraseña incorrectas solo hacen esperar más para el siguiente intento.</translation>
    </message>
    <message numerus="yes">
        <source>After %n wrong passphrase(s) in a row your notes are erased; %1 left now.</source>
        <translation>
            <numerusform>Tras %n frase de contraseña incorrecta, sus notas se borran; intentos restantes ahora: %1.</numerusform>
            <numerusform>Tras %n frases de contraseña incorrectas seguidas, sus notas se borran; intentos restantes ahora: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>Do</source>
        <translation>Hacer</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Evitar</translation>
    </message>
    <message>
        <source>Ask yourself</source>
        <translation>Pregúntese</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Recordatorio: %1</translation>
    </message>
</context>
<context>
    <name>PromptColumn</name>
    <message>
        <source>Prompts for this item</source>
        <translation>Recordatorios para este punto</translation>
    </message>
</context>
<context>
    <name>PromptsScreen</name>
    <message>
        <source>Cultural prompts</source>
        <translation>Recordatorios culturales</translation>
    </message>
    <message>
        <source>Your setting:</source>
        <translation>Su contexto:</translation>
    </message>
    <message>
        <source>Your setting</source>
        <translation>Su contexto</translation>
    </message>
    <message>
        <source>Show only the prompts that fit where you are working</source>
        <translation>Mostrar solo los recordatorios que corresponden a donde trabaja</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Arrow keys choose a topic</source>
        <translation>Las flechas eligen un tema</translation>
    </message>
    <message>
        <source>Prompts in this topic</source>
        <translation>Recordatorios de este tema</translation>
    </message>
    <message>
        <source>Arrow keys choose a prompt</source>
        <translation>Las flechas eligen un recordatorio</translation>
    </message>
    <message>
        <source>Prompt card</source>
        <translation>Tarjeta de recordatorio</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>No library is loaded, so there are no prompts to show.</source>
        <translation>No hay ninguna biblioteca cargada, así que no hay recordatorios que mostrar.</translation>
    </message>
    <message>
        <source>Showing the prompts for: %1. Change it here or in Settings.</source>
        <translation>Recordatorios para: %1. Cámbielo aquí o en Ajustes.</translation>
    </message>
    <message>
        <source>Showing the prompts for every setting.</source>
        <translation>Recordatorios para todos los contextos.</translation>
    </message>
    <message>
        <source>No prompts in this topic for your setting. Choose “All settings” above to see them all.</source>
        <translation>No hay recordatorios de este tema para su contexto. Elija «Todos los contextos» arriba para verlos todos.</translation>
    </message>
    <message>
        <source>This prompt is not marked for your setting.</source>
        <translation>Este recordatorio no está indicado para su contexto.</translation>
    </message>
</context>
<context>
    <name>RecentRunsModel</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 de %2 marcados</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <source>Record details</source>
        <translation>Detalles del registro</translation>
    </message>
    <message>
        <source>Record title</source>
        <translation>Título del registro</translation>
    </message>
    <message>
        <source>Bookmark this record</source>
        <translation>Poner un marcador en este registro</translation>
    </message>
    <message>
        <source>Bookmark this record (Ctrl+D)</source>
        <translation>Poner un marcador en este registro (Ctrl+D)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Key concepts</source>
        <translation>Conceptos clave</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Su nota</translation>
    </message>
    <message>
        <source>Note status</source>
        <translation>Estado de la nota</translation>
    </message>
    <message>
        <source>Your note on this record</source>
        <translation>Su nota sobre este registro</translation>
    </message>
    <message>
        <source>Only you see this. It is saved as you type.</source>
        <translation>Solo usted lo ve. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Choose a record</source>
        <translation>Elija un registro</translation>
    </message>
    <message>
        <source>Its summary, description and key concepts show here, with your note.</source>
        <translation>Aquí se muestran su resumen, descripción y conceptos clave, con su nota.</translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation>idioma: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Key concepts and takeaways</source>
        <translation>Conceptos clave y lecciones</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>Más detalles</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Con marcador</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Marcador</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Book</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Directrices</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Guía práctica</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation>Tesis</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Field note</source>
        <translation>Nota de campo</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html)</source>
        <translation>Informe PDF (*.pdf);;Informe HTML (*.html)</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
</context>
<context>
    <name>RunChoiceDialog</name>
    <message>
        <source>Continue or start a new run?</source>
        <translation>¿Continuar o iniciar una nueva ejecución?</translation>
    </message>
    <message>
        <source>You have an unfinished run of this checklist</source>
        <translation>Tiene una ejecución sin terminar de esta lista</translation>
    </message>
    <message>
        <source>Continue “%1”</source>
        <translation>Continuar «%1»</translation>
    </message>
    <message>
        <source>Continue the run %1</source>
        <translation>Continuar la ejecución %1</translation>
    </message>
    <message>
        <source>Started %1 · %2 of %3 done</source>
        <translation>Iniciada %1 · %2 de %3 hechos</translation>
    </message>
    <message>
        <source>Or start a &amp;new run, named (optional):</source>
        <translation>O iniciar una &amp;nueva ejecución, con nombre (opcional):</translation>
    </message>
    <message>
        <source>Name of the new run</source>
        <translation>Nombre de la nueva ejecución</translation>
    </message>
    <message>
        <source>Start a new run</source>
        <translation>Iniciar una nueva ejecución</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Finish the run?</source>
        <translation>¿Terminar la ejecución?</translation>
    </message>
    <message numerus="yes">
        <source>%n critical item(s) not done:</source>
        <translation>
            <numerusform>%n punto crítico sin hacer:</numerusform>
            <numerusform>%n puntos críticos sin hacer:</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish “%1” anyway?</source>
        <translation>¿Terminar «%1» de todos modos?</translation>
    </message>
    <message>
        <source>Finish anyway</source>
        <translation>Terminar de todos modos</translation>
    </message>
</context>
<context>
    <name>RunControl</name>
    <message>
        <source>Runs cannot be started: your data or the library is not open.</source>
        <translation>No se pueden iniciar ejecuciones: sus datos o la biblioteca no están abiertos.</translation>
    </message>
</context>
<context>
    <name>RunItemDelegate</name>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Ticked %1</source>
        <translation>Marcado a las %1</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No longer in the checklist</source>
        <translation>Ya no está en la lista</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechos</translation>
    </message>
</context>
<context>
    <name>RunItemsModel</name>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 de %3 hechos</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <source>ticked %1</source>
        <translation>marcado a las %1</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>sin hacer</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplica</translation>
    </message>
    <message>
        <source>added during the run</source>
        <translation>añadido durante la ejecución</translation>
    </message>
    <message>
        <source>no longer in the checklist</source>
        <translation>ya no está en la lista</translation>
    </message>
</context>
<context>
    <name>RunNoteEditor</name>
    <message>
        <source>Note for the whole run</source>
        <translation>Nota de toda la ejecución</translation>
    </message>
</context>
<context>
    <name>RunScreen</name>
    <message>
        <source>Finish or reopen the run</source>
        <translation>Terminar o reabrir la ejecución</translation>
    </message>
    <message>
        <source>Export the run's report</source>
        <translation>Exportar el informe de la ejecución</translation>
    </message>
    <message>
        <source>Undo the last tick, untick or note change</source>
        <translation>Deshacer la última marca, desmarca o cambio de nota</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>No run open</source>
        <translation>Ninguna ejecución abierta</translation>
    </message>
    <message>
        <source>Start a run from a checklist, or open one of your past runs.</source>
        <translation>Inicie una ejecución desde una lista o abra una de sus ejecuciones anteriores.</translation>
    </message>
    <message>
        <source>Choose a checklist</source>
        <translation>Elegir una lista</translation>
    </message>
    <message>
        <source>Finish run</source>
        <translation>Terminar ejecución</translation>
    </message>
    <message>
        <source>Finish this run (Ctrl+Enter)</source>
        <translation>Terminar esta ejecución (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Save the report as HTML or PDF (Ctrl+E)</source>
        <translation>Guardar el informe como HTML o PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Restablecer…</translation>
    </message>
    <message>
        <source>Reset run</source>
        <translation>Restablecer la ejecución</translation>
    </message>
    <message>
        <source>Clear every tick (notes are kept)</source>
        <translation>Borrar todas las marcas (las notas se conservan)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Eliminar ejecución</translation>
    </message>
    <message>
        <source>Delete this run and its notes</source>
        <translation>Eliminar esta ejecución y sus notas</translation>
    </message>
    <message>
        <source>Worksheet…</source>
        <translation>Ficha…</translation>
    </message>
    <message>
        <source>Add a worksheet to this run</source>
        <translation>Añadir una ficha a esta ejecución</translation>
    </message>
    <message>
        <source>Fill in a debrief, an incident report... attached to this run; it appears in the run's report</source>
        <translation>Rellenar un informe posterior, un informe de incidente... unido a esta ejecución; aparece en su informe</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Avance total</translation>
    </message>
    <message>
        <source>Find in this run</source>
        <translation>Buscar en esta ejecución</translation>
    </message>
    <message>
        <source>Find in this run (Ctrl+F; Esc clears)</source>
        <translation>Buscar en esta ejecución (Ctrl+F; Esc borra)</translation>
    </message>
    <message>
        <source>Clear and close the find box</source>
        <translation>Borrar y cerrar el cuadro de búsqueda</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Puntos de la lista</translation>
    </message>
    <message>
        <source>Arrow keys move; Space ticks or unticks</source>
        <translation>Las flechas mueven; Espacio marca o desmarca</translation>
    </message>
    <message>
        <source>Note for this item</source>
        <translation>Nota de este punto</translation>
    </message>
    <message>
        <source>Note for the selected item</source>
        <translation>Nota del punto seleccionado</translation>
    </message>
    <message>
        <source>What happened, who you spoke to… (saved as you type)</source>
        <translation>Qué pasó, con quién habló… (se guarda mientras escribe)</translation>
    </message>
    <message>
        <source>Your own item</source>
        <translation>Su propio punto</translation>
    </message>
    <message>
        <source>Add your own item to this phase…</source>
        <translation>Añadir su propio punto a esta fase…</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <source>Add your own item</source>
        <translation>Añadir su propio punto</translation>
    </message>
    <message>
        <source>Add it after the selected item's phase</source>
        <translation>Añadirlo en la fase del punto seleccionado</translation>
    </message>
    <message>
        <source>Author or team</source>
        <translation>Autor/a o equipo</translation>
    </message>
    <message>
        <source>Author or team (in the report)</source>
        <translation>Autor/a o equipo (en el informe)</translation>
    </message>
    <message>
        <source>Note for the whole run</source>
        <translation>Nota de toda la ejecución</translation>
    </message>
    <message>
        <source>Who you met, what was agreed… (in the report)</source>
        <translation>Con quién se reunió, qué se acordó… (en el informe)</translation>
    </message>
    <message>
        <source>The run was deleted.</source>
        <translation>La ejecución se eliminó.</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciada %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>terminada %1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechos</translation>
    </message>
    <message numerus="yes">
        <source>%n critical item(s) not done</source>
        <translation>
            <numerusform>%n punto crítico sin hacer</numerusform>
            <numerusform>%n puntos críticos sin hacer</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen run</source>
        <translation>Reabrir ejecución</translation>
    </message>
    <message>
        <source>This run is finished: reopen it to change ticks or notes.</source>
        <translation>Esta ejecución está terminada: reábrala para cambiar marcas o notas.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Why does “%1” not apply here? (optional)</source>
        <translation>¿Por qué «%1» no aplica aquí? (opcional)</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>Note saved %1</source>
        <translation>Nota guardada %1</translation>
    </message>
    <message>
        <source>Marked not applicable — saved</source>
        <translation>Marcado como no aplica — guardado</translation>
    </message>
    <message>
        <source>Applicable again — saved</source>
        <translation>Aplica de nuevo — guardado</translation>
    </message>
    <message>
        <source>Item added — saved</source>
        <translation>Punto añadido — guardado</translation>
    </message>
    <message>
        <source>Undone — saved</source>
        <translation>Deshecho — guardado</translation>
    </message>
    <message>
        <source>Ticked %1 — saved</source>
        <translation>Marcado a las %1 — guardado</translation>
    </message>
    <message>
        <source>Unticked — saved</source>
        <translation>Desmarcado — guardado</translation>
    </message>
    <message>
        <source>FieldKit</source>
        <translation>FieldKit</translation>
    </message>
    <message>
        <source>Clear every tick in this run? Notes are kept.</source>
        <translation>¿Borrar todas las marcas de esta ejecución? Las notas se conservan.</translation>
    </message>
    <message>
        <source>Clear ticks</source>
        <translation>Borrar marcas</translation>
    </message>
    <message>
        <source>Delete the run “%1” with its ticks and notes? This cannot be undone.</source>
        <translation>¿Eliminar la ejecución «%1» con sus marcas y notas? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Buscar en todo (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Search the library, checklists and prompts (Ctrl+K). Arrow keys move, Enter opens, Esc closes.</source>
        <translation>Buscar en la biblioteca, las listas y los recordatorios (Ctrl+K). Las flechas mueven, Intro abre, Esc cierra.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer or other words.</source>
        <translation>No se encontró nada para «%1». Pruebe con menos palabras u otras.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>↑ ↓ para moverse · Intro para abrir · Esc para cerrar</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Checklists</source>
        <translation>Listas de verificación</translation>
    </message>
    <message>
        <source>Cultural prompts</source>
        <translation>Recordatorios culturales</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
        <source>See all %n library results</source>
        <translation>
            <numerusform>Ver el resultado de la biblioteca</numerusform>
            <numerusform>Ver los %n resultados de la biblioteca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>At a checkpoint</source>
        <translation>En un puesto de control</translation>
    </message>
    <message>
        <source>Community meeting</source>
        <translation>Reunión comunitaria</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Distribution site</source>
        <translation>Lugar de distribución</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>Todos los contextos</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept on this computer.</source>
        <translation>Los cambios se aplican al instante y se guardan en este equipo.</translation>
    </message>
    <message>
        <source>Where are you working?</source>
        <translation>¿Dónde trabaja?</translation>
    </message>
    <message>
        <source>Prompts show what fits this setting.</source>
        <translation>Los recordatorios muestran lo que corresponde a este contexto.</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>Todos los contextos</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Puesto de control</translation>
    </message>
    <message>
        <source>Community meeting</source>
        <translation>Reunión comunitaria</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Distribution site</source>
        <translation>Lugar de distribución</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>High contrast helps in bright sun.</source>
        <translation>El alto contraste ayuda a pleno sol.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Huge</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>FieldKit opens in this language from the next start.</source>
        <translation>FieldKit se abre en este idioma desde el próximo inicio.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Show your data folder in the file manager</source>
        <translation>Mostrar su carpeta de datos en el gestor de archivos</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation>Elegir otra carpeta de datos</translation>
    </message>
    <message>
        <source>Keep your data in another folder from now on (it is copied there; nothing is deleted)</source>
        <translation>Guardar sus datos en otra carpeta a partir de ahora (se copian allí; no se borra nada)</translation>
    </message>
    <message>
        <source>Set by %1 when FieldKit started</source>
        <translation>Fijada por %1 al iniciar FieldKit</translation>
    </message>
    <message>
        <source>Your data folder</source>
        <translation>Su carpeta de datos</translation>
    </message>
    <message>
        <source>Your runs, notes, bookmarks and settings live here, with automatic backups.</source>
        <translation>Aquí están sus ejecuciones, notas, marcadores y ajustes, con copias de seguridad automáticas.</translation>
    </message>
    <message>
        <source>FieldKit runs in portable mode (a file named “portable” sits beside the program), so your data stays in this folder beside it and nothing is written to this computer's profile; remove that file to choose another folder.</source>
        <translation>FieldKit funciona en modo portátil (hay un archivo llamado «portable» junto al programa), así que sus datos se quedan en esta carpeta junto a él y no se escribe nada en el perfil de este ordenador; quite ese archivo para elegir otra carpeta.</translation>
    </message>
    <message>
        <source>Chosen by %1 when FieldKit started; to change it, start FieldKit without %1.</source>
        <translation>Elegida por %1 al iniciar FieldKit; para cambiarla, inicie FieldKit sin %1.</translation>
    </message>
    <message>
        <source>Data folder set at start</source>
        <translation>Carpeta de datos fijada al iniciar</translation>
    </message>
    <message>
        <source>Library files</source>
        <translation>Archivos de la biblioteca</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Archivo de la biblioteca</translation>
    </message>
    <message>
        <source>Choose a folder for your data</source>
        <translation>Elija una carpeta para sus datos</translation>
    </message>
    <message>
        <source>The data folder is set by %1 when FieldKit starts, so it cannot be changed here; start FieldKit without %1 to choose one.</source>
        <translation>La carpeta de datos la fija %1 al iniciar FieldKit, así que no se puede cambiar aquí; inicie FieldKit sin %1 para elegir una.</translation>
    </message>
    <message>
        <source>Another FieldKit window is using %1; close it first. Your data stays in %2.</source>
        <translation>Otra ventana de FieldKit está usando %1; ciérrela primero. Sus datos siguen en %2.</translation>
    </message>
    <message>
        <source>%1 (from the next start)</source>
        <translation>%1 (desde el próximo inicio)</translation>
    </message>
    <message>
        <source>FieldKit will use %1 from the next start; your data could not be opened in this session.</source>
        <translation>FieldKit usará %1 desde el próximo inicio; sus datos no se pudieron abrir en esta sesión.</translation>
    </message>
    <message>
        <source>Your data was copied to %1 and is saved there from now on. The old copy in %2 stays as it was.</source>
        <translation>Sus datos se copiaron en %1 y se guardan allí a partir de ahora. La copia anterior en %2 queda como estaba.</translation>
    </message>
    <message>
        <source>FieldKit now uses the data already in %1; what you did in %2 stays there.</source>
        <translation>FieldKit usa ahora los datos que ya había en %1; lo que hizo en %2 se queda allí.</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>ninguna cargada</translation>
    </message>
    <message>
        <source>opening…</source>
        <translation>abriendo…</translation>
    </message>
    <message>
        <source>This change lasts until you close FieldKit: your data folder could not be opened.</source>
        <translation>Este cambio dura hasta que cierre FieldKit: no se pudo abrir su carpeta de datos.</translation>
    </message>
    <message>
        <source>FieldKit stays in %1.</source>
        <translation>FieldKit sigue en %1.</translation>
    </message>
    <message>
        <source>FieldKit will open in %1 from the next start: close it and open it again to switch now.</source>
        <translation>FieldKit se abrirá en %1 desde el próximo inicio: ciérrelo y vuelva a abrirlo para cambiar ya.</translation>
    </message>
</context>
<context>
    <name>SheetControl</name>
    <message>
        <source>Worksheets cannot be started: your data or the library is not open.</source>
        <translation>No se pueden iniciar fichas: sus datos o la biblioteca no están abiertos.</translation>
    </message>
</context>
<context>
    <name>SheetForm</name>
    <message>
        <source>Keep in mind:</source>
        <translation>Tenga en cuenta:</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Recordatorio: %1</translation>
    </message>
    <message>
        <source>Open this cultural prompt</source>
        <translation>Abrir este recordatorio cultural</translation>
    </message>
</context>
<context>
    <name>SheetListModel</name>
    <message>
        <source>%1 of %2 filled in</source>
        <translation>%1 de %2 rellenados</translation>
    </message>
    <message>
        <source>part of a run</source>
        <translation>parte de una ejecución</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Library updates</source>
        <translation>Actualizaciones de la biblioteca</translation>
    </message>
    <message>
        <source>Get new library content from a web address, a folder or a USB drive. Every update is checked against the publisher's signature before anything changes.</source>
        <translation>Obtenga contenido nuevo para la biblioteca desde una dirección web, una carpeta o una unidad USB. Cada actualización se comprueba con la firma del editor antes de cambiar nada.</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>Desde dónde</translation>
    </message>
    <message>
        <source>https://… address of a feed, or a folder</source>
        <translation>https://… dirección de un canal, o una carpeta</translation>
    </message>
    <message>
        <source>Source: a web address or a folder</source>
        <translation>Origen: una dirección web o una carpeta</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Also install packs this device does not have yet</source>
        <translation>Instalar también los paquetes que este dispositivo aún no tiene</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Buscar actualizaciones</translation>
    </message>
    <message>
        <source>Install updates</source>
        <translation>Instalar actualizaciones</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop now; what is installed stays as it was</source>
        <translation>Detener ahora; lo instalado queda como estaba</translation>
    </message>
    <message>
        <source>CA certificate (own HTTPS server):</source>
        <translation>Certificado de CA (servidor HTTPS propio):</translation>
    </message>
    <message>
        <source>none: the usual certificates only</source>
        <translation>ninguno: solo los certificados habituales</translation>
    </message>
    <message>
        <source>CA certificate file for an organisation's own HTTPS server</source>
        <translation>Archivo de certificado de CA para el servidor HTTPS propio de una organización</translation>
    </message>
    <message>
        <source>Choose certificate…</source>
        <translation>Elegir certificado…</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Elija el certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>Available updates</source>
        <translation>Actualizaciones disponibles</translation>
    </message>
    <message>
        <source>Choose a source, then check for updates. Nothing is installed until you ask.</source>
        <translation>Elija un origen y luego busque actualizaciones. No se instala nada hasta que usted lo pida.</translation>
    </message>
    <message>
        <source>Update summary</source>
        <translation>Resumen de actualizaciones</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Drives plugged in:</source>
        <translation>Unidades conectadas:</translation>
    </message>
    <message>
        <source>No USB drive is plugged in.</source>
        <translation>No hay ninguna unidad USB conectada.</translation>
    </message>
    <message>
        <source>Use the drive %1</source>
        <translation>Usar la unidad %1</translation>
    </message>
    <message>
        <source>Choose the folder with the updates</source>
        <translation>Elija la carpeta con las actualizaciones</translation>
    </message>
    <message>
        <source>Type a web address or choose a folder or drive first.</source>
        <translation>Primero escriba una dirección web o elija una carpeta o unidad.</translation>
    </message>
    <message>
        <source>Looking for updates on %1…</source>
        <translation>Buscando actualizaciones en %1…</translation>
    </message>
    <message>
        <source>%1 available (%2). Nothing is installed until you press Install updates.</source>
        <translation>Disponible: %1 (%2). No se instala nada hasta que pulse Instalar actualizaciones.</translation>
    </message>
    <message>
        <source>Everything is up to date.</source>
        <translation>Todo está al día.</translation>
    </message>
    <message>
        <source>Use older content?</source>
        <translation>¿Usar contenido más antiguo?</translation>
    </message>
    <message>
        <source>The updates on %1 are out of date: content as of %2.

Use them anyway? Only packs newer than the ones you have are installed.</source>
        <translation>Las actualizaciones de %1 están desfasadas: contenido a fecha de %2.

¿Usarlas de todos modos? Solo se instalan los paquetes más recientes que los que tiene.</translation>
    </message>
    <message>
        <source>Use content as of %1</source>
        <translation>Usar contenido a fecha de %1</translation>
    </message>
    <message>
        <source>Nothing was changed: the content on %1 is as of %2.</source>
        <translation>No se cambió nada: el contenido de %1 es a fecha de %2.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Installing updates from %1…</source>
        <translation>Instalando actualizaciones desde %1…</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>Descargando: %1</translation>
    </message>
    <message>
        <source>Installing: %1…</source>
        <translation>Instalando: %1…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se cambió nada.</translation>
    </message>
    <message>
        <source>Cancelled. Already installed before the cancel: %1.</source>
        <translation>Cancelado. Ya instalado antes de cancelar: %1.</translation>
    </message>
</context>
<context>
    <name>TopicListModel</name>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n recordatorio</numerusform>
            <numerusform>%n recordatorios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdatesModel</name>
    <message>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>nuevo: %1</translation>
    </message>
    <message>
        <source>(changes only)</source>
        <translation>(solo los cambios)</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Erase data</source>
        <translation>Borrar datos</translation>
    </message>
    <message>
        <source>Erase your data</source>
        <translation>Borrar sus datos</translation>
    </message>
    <message>
        <source>This cannot be undone. Choose what to erase; it starts when the count reaches zero. Esc or Cancel stops it.</source>
        <translation>No se puede deshacer. Elija qué borrar; el borrado empieza cuando la cuenta llegue a cero. Esc o Cancelar lo detiene.</translation>
    </message>
    <message>
        <source>My runs, notes and worksheets (with their backups)</source>
        <translation>Mis ejecuciones, notas y fichas (con sus copias de seguridad)</translation>
    </message>
    <message>
        <source>Everything of mine, with settings and logs</source>
        <translation>Todo lo mío, con ajustes y registros</translation>
    </message>
    <message>
        <source>Everything, with the installed packs</source>
        <translation>Todo, con los paquetes instalados</translation>
    </message>
    <message>
        <source>Seconds before erasing</source>
        <translation>Segundos antes de borrar</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Cancel the wipe</source>
        <translation>Cancelar el borrado</translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>Borrar ahora</translation>
    </message>
    <message>
        <source>Erase now, without waiting</source>
        <translation>Borrar ahora, sin esperar</translation>
    </message>
    <message numerus="yes">
        <source>Erasing in %n second(s)</source>
        <translation>
            <numerusform>Borrado en %n segundo</numerusform>
            <numerusform>Borrado en %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is full.</source>
        <translation>No se pudo escribir %1: el disco está lleno.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again.</source>
        <translation>El disco está lleno; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>FieldKit is not allowed to use %1; check its permissions.</source>
        <translation>FieldKit no tiene permiso para usar %1; compruebe sus permisos.</translation>
    </message>
    <message>
        <source>FieldKit is not allowed to use a file it needs; check the permissions.</source>
        <translation>FieldKit no tiene permiso para usar un archivo que necesita; compruebe los permisos.</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk.</source>
        <translation>%1 está en un disco de solo lectura.</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>El disco es de solo lectura.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 ya no existe.</translation>
    </message>
    <message>
        <source>A file FieldKit needs no longer exists.</source>
        <translation>Un archivo que FieldKit necesita ya no existe.</translation>
    </message>
    <message>
        <source>An unexpected problem (%1); the details are in %2.</source>
        <translation>Un problema inesperado (%1); los detalles están en %2.</translation>
    </message>
    <message>
        <source>An unexpected problem (%1); the details could not be logged.</source>
        <translation>Un problema inesperado (%1); no se pudieron registrar los detalles.</translation>
    </message>
</context>
<context>
    <name>WorksheetListModel</name>
    <message numerus="yes">
        <source>%n field(s) to fill in</source>
        <translation>
            <numerusform>%n campo por rellenar</numerusform>
            <numerusform>%n campos por rellenar</numerusform>
        </translation>
    </message>
    <message>
        <source>a card to read</source>
        <translation>una tarjeta para leer</translation>
    </message>
</context>
<context>
    <name>WorksheetPreview</name>
    <message>
        <source>Name this sheet (optional)</source>
        <translation>Nombre de esta ficha (opcional)</translation>
    </message>
    <message>
        <source>Sheet name</source>
        <translation>Nombre de la ficha</translation>
    </message>
    <message>
        <source>e.g. Debrief, km 42</source>
        <translation>p. ej. Informe posterior, km 42</translation>
    </message>
    <message>
        <source>Attach to the run</source>
        <translation>Unir a la ejecución</translation>
    </message>
    <message>
        <source>Start filling in</source>
        <translation>Empezar a rellenar</translation>
    </message>
    <message>
        <source>Start a new sheet of this worksheet (Enter)</source>
        <translation>Empezar una nueva ficha de este modelo (Intro)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message>
        <source>to read</source>
        <translation>para leer</translation>
    </message>
</context>
<context>
    <name>WorksheetsScreen</name>
    <message>
        <source>Worksheets</source>
        <translation>Fichas de trabajo</translation>
    </message>
    <message>
        <source>Arrow keys choose; Enter starts one</source>
        <translation>Las flechas eligen; Intro empieza una</translation>
    </message>
    <message>
        <source>Your sheets</source>
        <translation>Sus fichas</translation>
    </message>
    <message>
        <source>Enter or double-click opens a sheet</source>
        <translation>Intro o doble clic abre una ficha</translation>
    </message>
    <message>
        <source>Nothing filled in yet. Choose a worksheet and start one.</source>
        <translation>Aún no ha rellenado nada. Elija un modelo de ficha y empiece una.</translation>
    </message>
    <message>
        <source>Export the worksheet as HTML or PDF</source>
        <translation>Exportar la ficha como HTML o PDF</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export this sheet</source>
        <translation>Exportar esta ficha</translation>
    </message>
    <message>
        <source>Save it as PDF or HTML (Ctrl+E)</source>
        <translation>Guardarla como PDF o HTML (Ctrl+E)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete this sheet</source>
        <translation>Eliminar esta ficha</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this sheet</source>
        <translation>Cerrar esta ficha</translation>
    </message>
    <message>
        <source>Back to the worksheet list; what you typed is saved</source>
        <translation>Volver a la lista de fichas; lo que escribió queda guardado</translation>
    </message>
    <message>
        <source>Worksheet fields</source>
        <translation>Campos de la ficha</translation>
    </message>
    <message>
        <source>There is no worksheet %1 in the library.</source>
        <translation>La biblioteca no tiene ninguna ficha %1.</translation>
    </message>
    <message>
        <source>Attach to the run “%1”</source>
        <translation>Unir a la ejecución «%1»</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciada %1</translation>
    </message>
    <message>
        <source>part of the run “%1”</source>
        <translation>parte de la ejecución «%1»</translation>
    </message>
    <message>
        <source>part of a run</source>
        <translation>parte de una ejecución</translation>
    </message>
    <message>
        <source>Attach to “%1”</source>
        <translation>Unir a «%1»</translation>
    </message>
    <message>
        <source>Attach this sheet to the run</source>
        <translation>Unir esta ficha a la ejecución</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Informe guardado: %1</translation>
    </message>
    <message>
        <source>Delete this sheet?</source>
        <translation>¿Eliminar esta ficha?</translation>
    </message>
    <message>
        <source>Delete “%1” and everything typed in it? This cannot be undone.</source>
        <translation>¿Eliminar «%1» y todo lo escrito en ella? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
</TS>
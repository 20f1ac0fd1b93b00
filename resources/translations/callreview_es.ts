<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Call Review</source>
        <translation>Acerca de Call Review</translation>
    </message>
    <message>
        <source>Call Review</source>
        <translation>Call Review</translation>
    </message>
    <message>
        <source>Review calls handled by Anunzi AI voice assistants: the call's details, its transcript as a chat, find and copy.</source>
        <translation>Revise las llamadas atendidas por los asistentes de voz con IA de Anunzi: los datos de la llamada, su transcripción como un chat, búsqueda y copia.</translation>
    </message>
    <message>
        <source>Version %1 · Qt %2</source>
        <translation>Versión %1 · Qt %2</translation>
    </message>
</context>
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>The API base URL is empty.</source>
        <translation>La URL base de la API está vacía.</translation>
    </message>
    <message>
        <source>The API base URL "%1" is not a valid URL.</source>
        <translation>La URL base de la API «%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>The API base URL must start with https:// (got "%1").</source>
        <translation>La URL base de la API debe empezar por https:// (se recibió «%1»).</translation>
    </message>
    <message>
        <source>The API base URL must use https://: over http:// the API key would travel in clear text. (http:// is accepted only for 127.0.0.1, ::1 and localhost.)</source>
        <translation>La URL base de la API debe usar https://: con http:// la clave de la API viajaría sin cifrar. (http:// solo se acepta para 127.0.0.1, ::1 y localhost).</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name or password.</source>
        <translation>La URL base de la API no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>The API base URL must not contain '?' or '#'.</source>
        <translation>La URL base de la API no debe contener '?' ni '#'.</translation>
    </message>
    <message>
        <source>A call ID is up to %1 letters, digits, '_', '-' or '.', such as 1725527007259x327898249603432960.</source>
        <translation>Un ID de llamada tiene hasta %1 letras, dígitos, '_', '-' o '.', por ejemplo 1725527007259x327898249603432960.</translation>
    </message>
    <message>
        <source>An assistant ID (model_id) is up to %1 letters, digits, '_', '-' or '.', such as 1725526325346x892123579587048600.</source>
        <translation>Un ID de asistente (model_id) tiene hasta %1 letras, dígitos, '_', '-' o '.', por ejemplo 1725526325346x892123579587048600.</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>The API key is empty.</source>
        <translation>La clave de la API está vacía.</translation>
    </message>
    <message>
        <source>The API key is too long (over 4096 characters).</source>
        <translation>La clave de la API es demasiado larga (más de 4096 caracteres).</translation>
    </message>
    <message>
        <source>The API key contains a space or a character that is not printable ASCII.</source>
        <translation>La clave de la API contiene un espacio o un carácter que no es ASCII imprimible.</translation>
    </message>
    <message>
        <source>Set the ANUNZI_API_KEY environment variable, or store the key in the system keychain with: callreview --set-api-key &lt; keyfile (in the window: Settings).</source>
        <translation>Defina la variable de entorno ANUNZI_API_KEY o guarde la clave en el llavero del sistema con: callreview --set-api-key &lt; archivo_clave (en la ventana: Configuración).</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>El llavero del sistema no está disponible.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Se ha denegado el acceso al llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation>El llavero del sistema ha fallado.</translation>
    </message>
    <message>
        <source>No Anunzi API key is set: set the ANUNZI_API_KEY environment variable, or store the key in the system keychain with callreview --set-api-key &lt; keyfile (in the window: Settings).</source>
        <translation>No hay ninguna clave de API de Anunzi: defina la variable de entorno ANUNZI_API_KEY, o guarde la clave en el llavero del sistema con callreview --set-api-key &lt; keyfile (en la ventana: Configuración).</translation>
    </message>
    <message>
        <source>No Anunzi API key is set and the system keychain cannot be read: set the ANUNZI_API_KEY environment variable, or store the key with callreview --set-api-key &lt; keyfile once the keychain is available.</source>
        <translation>No hay ninguna clave de API de Anunzi y no se puede leer el llavero del sistema: defina la variable de entorno ANUNZI_API_KEY, o guarde la clave con callreview --set-api-key &lt; keyfile cuando el llavero esté disponible.</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Assign Calls</source>
        <translation>Asignar llamadas</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) of assistant %1 loaded from List Calls (scroll the browse list to load more).</source>
        <translation>
            <numerusform>%n llamada del asistente %1 cargada desde Listar llamadas (desplace la lista de exploración para cargar más).</numerusform>
            <numerusform>%n llamadas del asistente %1 cargadas desde Listar llamadas (desplace la lista de exploración para cargar más).</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Call IDs</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <source>A number of calls</source>
        <translation>Un número de llamadas</translation>
    </message>
    <message>
        <source>A percentage of the matching calls</source>
        <translation>Un porcentaje de las llamadas coincidentes</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>al menos </translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Muestra:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>End reason codes separated by commas; empty for any</source>
        <translation>Códigos de motivo de finalización separados por comas; vacío para cualquiera</translation>
    </message>
    <message>
        <source>&amp;End reasons:</source>
        <translation>Motivos de &amp;fin:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Has a &amp;finding:</source>
        <translation>Tiene un ha&amp;llazgo:</translation>
    </message>
    <message>
        <source>The same seed and the same calls give the same sample.</source>
        <translation>La misma semilla y las mismas llamadas dan la misma muestra.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;emilla:</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Nombres separados por comas</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>&amp;Revisores:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n matching call(s) sampled.</source>
        <translation>
            <numerusform>%1 de %n llamada coincidente en la muestra.</numerusform>
            <numerusform>%1 de %n llamadas coincidentes en la muestra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) without a date were left out by the date range.</source>
        <translation>
            <numerusform>%n llamada sin fecha ha quedado fuera por el intervalo de fechas.</numerusform>
            <numerusform>%n llamadas sin fecha han quedado fuera por el intervalo de fechas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one reviewer.</source>
        <translation>Indique al menos un revisor.</translation>
    </message>
    <message>
        <source>Assigned as batch %1. Each reviewer loads theirs with Review &gt; My Assignment.</source>
        <translation>Asignado como lote %1. Cada revisor carga las suyas con Revisión &gt; Mi asignación.</translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>No asignado: %1</translation>
    </message>
</context>
<context>
    <name>AssignmentStore</name>
    <message>
        <source>every assigned call needs a reviewer.</source>
        <translation>cada llamada asignada necesita un revisor.</translation>
    </message>
    <message>
        <source>the call %1 is assigned twice.</source>
        <translation>la llamada %1 está asignada dos veces.</translation>
    </message>
    <message>
        <source>there is no call to assign.</source>
        <translation>no hay ninguna llamada que asignar.</translation>
    </message>
    <message>
        <source>replacing an assigned call needs a reason.</source>
        <translation>sustituir una llamada asignada requiere un motivo.</translation>
    </message>
    <message>
        <source>name the call that takes its place.</source>
        <translation>indique la llamada que ocupa su lugar.</translation>
    </message>
    <message>
        <source>the call %1 is not in batch %2.</source>
        <translation>la llamada %1 no está en el lote %2.</translation>
    </message>
    <message>
        <source>the call %1 is already in batch %2.</source>
        <translation>la llamada %1 ya está en el lote %2.</translation>
    </message>
</context>
<context>
    <name>AssistantDecoder</name>
    <message>
        <source>field "%1" is empty</source>
        <translation>el campo «%1» está vacío</translation>
    </message>
    <message>
        <source>field "%1" should be a string but is %2</source>
        <translation>el campo «%1» debería ser un texto, pero es %2</translation>
    </message>
    <message>
        <source>field "%1" should be a boolean but is %2</source>
        <translation>el campo «%1» debería ser un valor booleano, pero es %2</translation>
    </message>
    <message>
        <source>field "%1" should be an object but is %2</source>
        <translation>el campo «%1» debería ser un objeto, pero es %2</translation>
    </message>
</context>
<context>
    <name>AssistantDirectory</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <source>Unnamed assistant %1</source>
        <translation>Asistente sin nombre %1</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>sin número de teléfono</translation>
    </message>
    <message>
        <source>recording on</source>
        <translation>grabación activada</translation>
    </message>
    <message>
        <source>recording off</source>
        <translation>grabación desactivada</translation>
    </message>
    <message>
        <source>recording unknown</source>
        <translation>grabación desconocida</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>idioma desconocido</translation>
    </message>
</context>
<context>
    <name>AssistantListService</name>
    <message>
        <source>The API key has no permission to list assistants (HTTP 403). Ask Anunzi support to grant access.</source>
        <translation>La clave de la API no tiene permiso para listar asistentes (HTTP 403). Pida acceso al soporte de Anunzi.</translation>
    </message>
</context>
<context>
    <name>AssistantListView</name>
    <message>
        <source>Filter assistants by name, number, language…</source>
        <translation>Filtrar asistentes por nombre, número, idioma…</translation>
    </message>
    <message>
        <source>Copy Assistant ID</source>
        <translation>Copiar ID del asistente</translation>
    </message>
    <message numerus="yes">
        <source>%n assistant(s)</source>
        <translation>
            <numerusform>%n asistente</numerusform>
            <numerusform>%n asistentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n assistant(s)</source>
        <translation>
            <numerusform>%1 de %n asistente</numerusform>
            <numerusform>%1 de %n asistentes</numerusform>
        </translation>
    </message>
    <message>
        <source>— loading more…</source>
        <translation>— cargando más…</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>no file name was given.</source>
        <translation>no se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>it is a folder. Choose a file name inside it.</source>
        <translation>es una carpeta. Elija un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>la carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>the disk did not accept all the data</source>
        <translation>el disco no aceptó todos los datos</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
</context>
<context>
    <name>AudioAligner</name>
    <message>
        <source>The recording has no audio channels.</source>
        <translation>La grabación no tiene canales de audio.</translation>
    </message>
    <message>
        <source>The recording is silent: no speech was found.</source>
        <translation>La grabación está en silencio: no se ha encontrado voz.</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Overwrite files that are already saved</source>
        <translation>Sobrescribir los archivos ya guardados</translation>
    </message>
    <message>
        <source>Export Many Calls</source>
        <translation>Exportar varias llamadas</translation>
    </message>
    <message>
        <source>Paste call IDs here, one a line. Lines starting with # are skipped.</source>
        <translation>Pegue aquí los ID de llamada, uno por línea. Las líneas que empiezan por # se omiten.</translation>
    </message>
    <message>
        <source>&amp;Load IDs from File…</source>
        <translation>&amp;Cargar ID desde un archivo…</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Without this, calls whose file is already in the folder are skipped, so an interrupted export resumes where it stopped.</source>
        <translation>Sin esta opción, se omiten las llamadas cuyo archivo ya está en la carpeta, de modo que una exportación interrumpida continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>Call IDs:</source>
        <translation>ID de llamada:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Load Call IDs</source>
        <translation>Cargar ID de llamada</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Paste or load at least one call ID.</source>
        <translation>Pegue o cargue al menos un ID de llamada.</translation>
    </message>
    <message>
        <source>The folder "%1" cannot be created. Choose another folder.</source>
        <translation>No se puede crear la carpeta «%1». Elija otra carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n call(s)…</source>
        <translation>
            <numerusform>Exportando %n llamada…</numerusform>
            <numerusform>Exportando %n llamadas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exported %1 of %2 calls…</source>
        <translation>Exportadas %1 de %2 llamadas…</translation>
    </message>
    <message>
        <source>%1 saved, %2 skipped (already saved), %3 failed.</source>
        <translation>%1 guardadas, %2 omitidas (ya guardadas), %3 con error.</translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n call(s) not exported.</source>
        <translation>
            <numerusform>Cancelado: %n llamada sin exportar.</numerusform>
            <numerusform>Cancelado: %n llamadas sin exportar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export again to retry the failed calls; saved ones are skipped.</source>
        <translation>Vuelva a exportar para reintentar las llamadas con error; las ya guardadas se omiten.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchExporter</name>
    <message>
        <source>"%1" is not a valid call ID. %2</source>
        <translation>«%1» no es un ID de llamada válido. %2</translation>
    </message>
    <message>
        <source>already saved</source>
        <translation>ya guardada</translation>
    </message>
    <message>
        <source>The recording could not be aligned.</source>
        <translation>No se ha podido alinear la grabación.</translation>
    </message>
    <message>
        <source>No subtitles (.%1) without turn times: %2</source>
        <translation>No hay subtítulos (.%1) sin tiempos de turno: %2</translation>
    </message>
</context>
<context>
    <name>BatchProgressPrinter</name>
    <message>
        <source>%1/%2 · saved %3 · skipped %4 · failed %5</source>
        <translation>%1/%2 · guardadas %3 · omitidas %4 · con error %5</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Error en %1: %2</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>guardada %1</translation>
    </message>
    <message>
        <source>skipped %1 (already saved; --force overwrites)</source>
        <translation>omitida %1 (ya guardada; --force la sobrescribe)</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>error en %1: %2</translation>
    </message>
    <message>
        <source>Done: %1 saved, %2 skipped (already saved), %3 failed.</source>
        <translation>Terminado: %1 guardadas, %2 omitidas (ya guardadas), %3 con error.</translation>
    </message>
    <message>
        <source>Run the same command again to retry the failed calls; saved ones are skipped.</source>
        <translation>Ejecute de nuevo la misma orden para reintentar las llamadas con error; las ya guardadas se omiten.</translation>
    </message>
    <message>
        <source>Canceled: 1 call not done.</source>
        <translation>Cancelado: 1 llamada sin hacer.</translation>
    </message>
    <message>
        <source>Canceled: %1 calls not done.</source>
        <translation>Cancelado: %1 llamadas sin hacer.</translation>
    </message>
    <message>
        <source>(without times: %1)</source>
        <translation>(sin tiempos: %1)</translation>
    </message>
    <message>
        <source>Saved without turn times (no usable recording): %1.</source>
        <translation>Guardado sin tiempos de turno (ninguna grabación utilizable): %1.</translation>
    </message>
</context>
<context>
    <name>BrowsePanel</name>
    <message>
        <source>Pick an assistant to see its calls.</source>
        <translation>Elija un asistente para ver sus llamadas.</translation>
    </message>
    <message>
        <source>Call %1 of the list: %2</source>
        <translation>Llamada %1 de la lista: %2</translation>
    </message>
    <message>
        <source>Calls of assistant %1</source>
        <translation>Llamadas del asistente %1</translation>
    </message>
    <message>
        <source>Calls of %1 (%2)</source>
        <translation>Llamadas de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>BrowseWiring</name>
    <message>
        <source>Browse Assistants</source>
        <translation>Explorar asistentes</translation>
    </message>
    <message>
        <source>&amp;Browse Assistants</source>
        <translation>&amp;Explorar asistentes</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Next Call in List</source>
        <translation>Llamada si&amp;guiente de la lista</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Pre&amp;vious Call in List</source>
        <translation>Llamada ant&amp;erior de la lista</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
</context>
<context>
    <name>CalibrationBanner</name>
    <message>
        <source>Submit to Calibration</source>
        <translation>Enviar a la calibración</translation>
    </message>
    <message>
        <source>Leave Calibration</source>
        <translation>Salir de la calibración</translation>
    </message>
    <message>
        <source>Score Next Call</source>
        <translation>Puntuar la siguiente llamada</translation>
    </message>
    <message>
        <source>Show Comparison…</source>
        <translation>Ver la comparación…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Su&amp;bmit to Calibration</source>
        <translation>En&amp;viar a la calibración</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Enter</source>
        <translation>Ctrl+Shift+Enter</translation>
    </message>
    <message>
        <source>Stores your answers in the session (%1). They cannot change afterwards.</source>
        <translation>Guarda sus respuestas en la sesión (%1). Después no se pueden cambiar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) submitted</source>
        <translation>
            <numerusform>%1 de %n llamada enviada</numerusform>
            <numerusform>%1 de %n llamadas enviadas</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no calibration session %1.</source>
        <translation>No existe la sesión de calibración %1.</translation>
    </message>
    <message>
        <source>Type your name in the Review panel first: answers are submitted under it.</source>
        <translation>Escriba primero su nombre en el panel de revisión: las respuestas se envían con él.</translation>
    </message>
    <message>
        <source>%1 does not take part in the session "%2".</source>
        <translation>%1 no participa en la sesión "%2".</translation>
    </message>
    <message>
        <source>The call %1 is not part of the session "%2".</source>
        <translation>La llamada %1 no forma parte de la sesión "%2".</translation>
    </message>
    <message>
        <source>You already submitted the call %1 in this session.</source>
        <translation>Ya ha enviado la llamada %1 en esta sesión.</translation>
    </message>
    <message>
        <source>Version %1 of the form "%2" is not in the review database.</source>
        <translation>La versión %1 del formulario "%2" no está en la base de datos de revisiones.</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Calibration: %1 — your answers for %2 are submitted</source>
        <translation>Calibración: %1 — sus respuestas para %2 están enviadas</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Calibration: %1 — your answers stay hidden from peers until you submit</source>
        <translation>Calibración: %1 — sus respuestas quedan ocultas para los demás hasta que las envíe</translation>
    </message>
    <message>
        <source>form %1, version %2</source>
        <translation>formulario %1, versión %2</translation>
    </message>
    <message>
        <source>Opening call %1… · %2 · %3</source>
        <translation>Abriendo la llamada %1… · %2 · %3</translation>
    </message>
    <message>
        <source>Call %1 · %2 · %3</source>
        <translation>Llamada %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Your answers are kept only until the app closes: %1</source>
        <translation>Sus respuestas se conservan solo hasta que se cierre la aplicación: %1</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>Type your name in the Review panel first: answers are submitted under it.</source>
        <translation>Escriba primero su nombre en el panel Revisión: las respuestas se envían con él.</translation>
    </message>
    <message>
        <source>You are %1.</source>
        <translation>Usted es %1.</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation>&amp;Llamada:</translation>
    </message>
    <message>
        <source>An answers file for this call, as callreview --score reads. Once submitted, your answers cannot change.</source>
        <translation>Un archivo de respuestas para esta llamada, tal como lo lee callreview --score. Una vez enviadas, sus respuestas no pueden cambiar.</translation>
    </message>
    <message numerus="yes">
        <source>New session from the review queue (%n call(s))</source>
        <translation>
            <numerusform>Nueva sesión desde la cola de revisión (%n llamada)</numerusform>
            <numerusform>Nueva sesión desde la cola de revisión (%n llamadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formulario:</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Nombres separados por comas</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participantes:</translation>
    </message>
    <message>
        <source>&amp;Benchmark reviewer:</source>
        <translation>Revisor de &amp;referencia:</translation>
    </message>
    <message>
        <source>C&amp;reate Session</source>
        <translation>Cr&amp;ear sesión</translation>
    </message>
    <message>
        <source>%1 — %2 (benchmark %3)</source>
        <translation>%1 — %2 (referencia %3)</translation>
    </message>
    <message>
        <source>Session created.</source>
        <translation>Sesión creada.</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>No creada: %1</translation>
    </message>
    <message>
        <source>Answers for %1</source>
        <translation>Respuestas para %1</translation>
    </message>
    <message>
        <source>Answers (*.json);;All files (*)</source>
        <translation>Respuestas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se ha podido leer %1: %2</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>No enviadas: %1</translation>
    </message>
    <message>
        <source>Submitted. The others' answers for %1 are shown below.</source>
        <translation>Enviadas. Las respuestas de los demás para %1 se muestran abajo.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>%1 (benchmark)</source>
        <translation>%1 (referencia)</translation>
    </message>
    <message numerus="yes">
        <source>Hidden until you submit your answers for this call (%n submitted so far)</source>
        <translation>
            <numerusform>Oculto hasta que envíe sus respuestas para esta llamada (%n enviada hasta ahora)</numerusform>
            <numerusform>Oculto hasta que envíe sus respuestas para esta llamada (%n enviadas hasta ahora)</numerusform>
        </translation>
    </message>
    <message>
        <source>(not submitted)</source>
        <translation>(no enviado)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No alignment to show yet.</source>
        <translation>Todavía no hay concordancia que mostrar.</translation>
    </message>
    <message>
        <source>Alignment with %1, over the calls you can see: %2</source>
        <translation>Concordancia con %1, en las llamadas que puede ver: %2</translation>
    </message>
    <message>
        <source>Score &amp;This Call</source>
        <translation>Puntuar es&amp;ta llamada</translation>
    </message>
    <message>
        <source>Submit an Answers F&amp;ile…</source>
        <translation>Enviar un &amp;archivo de respuestas…</translation>
    </message>
    <message>
        <source>Score the selected call of the session (Calibration dialog)</source>
        <translation>Puntuar la llamada seleccionada de la sesión (diálogo de calibración)</translation>
    </message>
    <message>
        <source>Alt+T</source>
        <translation>Alt+T</translation>
    </message>
    <message>
        <source>Pick a session and one of its calls.</source>
        <translation>Elija una sesión y una de sus llamadas.</translation>
    </message>
    <message>
        <source>You do not take part in this session.</source>
        <translation>No participa en esta sesión.</translation>
    </message>
    <message>
        <source>You already submitted this call.</source>
        <translation>Ya ha enviado esta llamada.</translation>
    </message>
    <message>
        <source>Opens the call and scores it in the Scorecard tab on the session's form; your answers stay hidden from the others until you submit.</source>
        <translation>Abre la llamada y la puntúa en la pestaña de la ficha de evaluación con el formulario de la sesión; sus respuestas quedan ocultas para los demás hasta que las envíe.</translation>
    </message>
    <message>
        <source>%1 (submitted)</source>
        <translation>%1 (enviada)</translation>
    </message>
    <message>
        <source>Progress — %1</source>
        <translation>Progreso — %1</translation>
    </message>
    <message>
        <source>Alignment on this call</source>
        <translation>Concordancia en esta llamada</translation>
    </message>
    <message>
        <source>(nothing to compare)</source>
        <translation>(nada que comparar)</translation>
    </message>
</context>
<context>
    <name>CalibrationStore</name>
    <message>
        <source>a calibration session needs a name.</source>
        <translation>una sesión de calibración necesita un nombre.</translation>
    </message>
    <message>
        <source>a calibration session needs at least one call.</source>
        <translation>una sesión de calibración necesita al menos una llamada.</translation>
    </message>
    <message>
        <source>a calibration session needs a benchmark reviewer.</source>
        <translation>una sesión de calibración necesita un revisor de referencia.</translation>
    </message>
    <message>
        <source>a calibration session needs at least two participants.</source>
        <translation>una sesión de calibración necesita al menos dos participantes.</translation>
    </message>
    <message>
        <source>version %1 of the form "%2" is not in the store.</source>
        <translation>la versión %1 del formulario "%2" no está en el almacén.</translation>
    </message>
    <message>
        <source>there is no calibration session %1.</source>
        <translation>no existe la sesión de calibración %1.</translation>
    </message>
    <message>
        <source>the call %1 is not part of the session "%2".</source>
        <translation>la llamada %1 no forma parte de la sesión "%2".</translation>
    </message>
    <message>
        <source>%1 does not take part in the session "%2".</source>
        <translation>%1 no participa en la sesión "%2".</translation>
    </message>
    <message>
        <source>the evaluation is not complete: %1</source>
        <translation>la evaluación no está completa: %1</translation>
    </message>
    <message>
        <source>%1 already submitted the call %2 in this session.</source>
        <translation>%1 ya ha enviado la llamada %2 en esta sesión.</translation>
    </message>
    <message>
        <source>submit your own evaluation of %1 before seeing the others'.</source>
        <translation>envíe su propia evaluación de %1 antes de ver las de los demás.</translation>
    </message>
    <message>
        <source>%1 has not submitted the call %2 yet.</source>
        <translation>%1 todavía no ha enviado la llamada %2.</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <source>Fetch</source>
        <translation>Obtener</translation>
    </message>
    <message>
        <source>Previous call (Alt+Left)</source>
        <translation>Llamada anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next call (Alt+Right)</source>
        <translation>Llamada siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Call ID — paste it, or a whole line that contains it</source>
        <translation>ID de llamada: péguelo, o pegue una línea entera que lo contenga</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>Call ID (Ctrl+L). Press Enter to fetch.</source>
        <translation>ID de llamada (Ctrl+L). Pulse Intro para obtenerla.</translation>
    </message>
    <message>
        <source>Fetch the call (Enter)</source>
        <translation>Obtener la llamada (Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>Recently opened calls</source>
        <translation>Llamadas abiertas recientemente</translation>
    </message>
    <message>
        <source>Stop fetching (Esc)</source>
        <translation>Detener la consulta (Esc)</translation>
    </message>
    <message>
        <source>Clear Recent Calls</source>
        <translation>Borrar llamadas recientes</translation>
    </message>
</context>
<context>
    <name>CallDecoder</name>
    <message>
        <source>field "%1" is empty</source>
        <translation>el campo «%1» está vacío</translation>
    </message>
    <message>
        <source>field "%1" should be a string but is %2</source>
        <translation>el campo «%1» debería ser un texto, pero es %2</translation>
    </message>
    <message>
        <source>field "%1" should be a non-negative number of seconds but is %2</source>
        <translation>el campo «%1» debería ser un número de segundos no negativo, pero es %2</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>fuera de rango</translation>
    </message>
    <message>
        <source>the response is empty</source>
        <translation>la respuesta está vacía</translation>
    </message>
    <message>
        <source>the response is an HTML page, not JSON</source>
        <translation>la respuesta es una página HTML, no JSON</translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1 at byte %2)</source>
        <translation>la respuesta no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>la respuesta no es un objeto JSON</translation>
    </message>
    <message>
        <source>field "status" should be a string but is %1</source>
        <translation>el campo «status» debería ser un texto, pero es %1</translation>
    </message>
    <message>
        <source>the API answered with status "%1" instead of "ok"</source>
        <translation>la API respondió con el estado «%1» en lugar de «ok»</translation>
    </message>
    <message>
        <source>field "response" should be an object but is %1</source>
        <translation>el campo «response» debería ser un objeto, pero es %1</translation>
    </message>
    <message>
        <source>field "response.calls" should be an array but is %1</source>
        <translation>el campo «response.calls» debería ser una lista (array), pero es %1</translation>
    </message>
    <message>
        <source>field "response.calls" is empty: the response holds no call</source>
        <translation>el campo «response.calls» está vacío: la respuesta no contiene ninguna llamada</translation>
    </message>
    <message>
        <source>field "response.calls" holds %1 calls where one was expected</source>
        <translation>el campo «response.calls» contiene %1 llamadas donde se esperaba una</translation>
    </message>
    <message>
        <source>field "response.calls[0]" should be an object but is %1</source>
        <translation>el campo «response.calls[0]» debería ser un objeto, pero es %1</translation>
    </message>
</context>
<context>
    <name>CallFileReader</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>el archivo no existe.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>el archivo ocupa más de %1 MB.</translation>
    </message>
    <message>
        <source>%1 is not a saved Anunzi call: %2.</source>
        <translation>%1 no es una llamada de Anunzi guardada: %2.</translation>
    </message>
</context>
<context>
    <name>CallFilterBar</name>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Shortest duration shown, in seconds</source>
        <translation>Duración mínima mostrada, en segundos</translation>
    </message>
    <message>
        <source>Longest duration shown, in seconds</source>
        <translation>Duración máxima mostrada, en segundos</translation>
    </message>
    <message>
        <source>Filter calls: number, name, words…</source>
        <translation>Filtrar llamadas: número, nombre, palabras…</translation>
    </message>
    <message>
        <source>Any end reason</source>
        <translation>Cualquier motivo de finalización</translation>
    </message>
    <message>
        <source>With or without recording</source>
        <translation>Con o sin grabación</translation>
    </message>
    <message>
        <source>With recording</source>
        <translation>Con grabación</translation>
    </message>
    <message>
        <source>Without recording</source>
        <translation>Sin grabación</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>CallFormatting</name>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Human pick-up cut off</source>
        <translation>Cortada al contestar el cliente</translation>
    </message>
    <message>
        <source>Caller hung up</source>
        <translation>El cliente colgó</translation>
    </message>
    <message>
        <source>Assistant hung up</source>
        <translation>El asistente colgó</translation>
    </message>
    <message>
        <source>Reached voicemail</source>
        <translation>Saltó el buzón de voz</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Line busy</source>
        <translation>Línea ocupada</translation>
    </message>
    <message>
        <source>Maximum duration reached</source>
        <translation>Se alcanzó la duración máxima</translation>
    </message>
    <message>
        <source>Caller silent too long</source>
        <translation>El cliente estuvo en silencio demasiado tiempo</translation>
    </message>
    <message>
        <source>Call transferred</source>
        <translation>Llamada transferida</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <translation>Sin etiquetar</translation>
    </message>
</context>
<context>
    <name>CallIdList</name>
    <message>
        <source>Could not read the call IDs from standard input.</source>
        <translation>No se pudieron leer los ID de llamada de la entrada estándar.</translation>
    </message>
    <message>
        <source>Could not read the call IDs from %1: %2.</source>
        <translation>No se pudieron leer los ID de llamada de %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The list of call IDs is larger than %n MB; split it into smaller files.</source>
        <translation>
            <numerusform>La lista de ID de llamada ocupa más de %n MB; divídala en archivos más pequeños.</numerusform>
            <numerusform>La lista de ID de llamada ocupa más de %n MB; divídala en archivos más pequeños.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>la entrada estándar</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n entries that are not call IDs: %2. %3</source>
        <translation>
            <numerusform>%1 contiene %n entrada que no es un ID de llamada: %2. %3</numerusform>
            <numerusform>%1 contiene %n entradas que no son IDs de llamada: %2. %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallListService</name>
    <message>
        <source>Pick an assistant first: listing calls needs an assistant ID (model_id).</source>
        <translation>Elija primero un asistente: para listar llamadas hace falta un ID de asistente (model_id).</translation>
    </message>
    <message>
        <source>"%1" is not a valid assistant ID. %2</source>
        <translation>«%1» no es un ID de asistente válido. %2</translation>
    </message>
    <message>
        <source>The API refused to list calls without an assistant ID (HTTP 400). Pick an assistant first.</source>
        <translation>La API se negó a listar llamadas sin un ID de asistente (HTTP 400). Elija primero un asistente.</translation>
    </message>
    <message>
        <source>The API refused to list the calls of assistant %1 (HTTP 400). Check the assistant ID.</source>
        <translation>La API se negó a listar las llamadas del asistente %1 (HTTP 400). Compruebe el ID del asistente.</translation>
    </message>
    <message>
        <source>The API key has no permission to list the calls of assistant %1 (HTTP 403). Ask Anunzi support to grant access, or use a key of the assistant's workspace.</source>
        <translation>La clave de la API no tiene permiso para listar las llamadas del asistente %1 (HTTP 403). Pida acceso al soporte de Anunzi o use una clave del espacio de trabajo del asistente.</translation>
    </message>
</context>
<context>
    <name>CallLoader</name>
    <message>
        <source>The API key was saved in the system keychain.</source>
        <translation>La clave de la API se guardó en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the API key was not saved: it is kept for this session only, until you quit Call Review. (%1)</source>
        <translation>El llavero del sistema no está disponible, así que la clave de la API no se guardó: se conserva solo durante esta sesión, hasta que cierre Call Review. (%1)</translation>
    </message>
    <message>
        <source>"%1" is not a call ID. %2</source>
        <translation>«%1» no es un ID de llamada. %2</translation>
    </message>
</context>
<context>
    <name>CallService</name>
    <message>
        <source>"%1" is not a valid call ID. %2</source>
        <translation>«%1» no es un ID de llamada válido. %2</translation>
    </message>
    <message>
        <source>The server's answer is not a valid call: %1.</source>
        <translation>La respuesta del servidor no es una llamada válida: %1.</translation>
    </message>
    <message>
        <source>The server answered with call %1 instead of %2.</source>
        <translation>El servidor respondió con la llamada %1 en lugar de %2.</translation>
    </message>
    <message>
        <source>The fetch was canceled.</source>
        <translation>Se canceló la consulta.</translation>
    </message>
    <message>
        <source>The API rejected the key (HTTP 401). %1</source>
        <translation>La API rechazó la clave (HTTP 401). %1</translation>
    </message>
    <message>
        <source>The API key has no permission to read call %1 (HTTP 403). Ask Anunzi support to grant access, or use a key of the workspace that made the call.</source>
        <translation>La clave de la API no tiene permiso para leer la llamada %1 (HTTP 403). Pida acceso al soporte de Anunzi o use una clave del espacio de trabajo que hizo la llamada.</translation>
    </message>
    <message>
        <source>There is no call with ID %1 (HTTP 404). Check the ID.</source>
        <translation>No existe ninguna llamada con el ID %1 (HTTP 404). Compruebe el ID.</translation>
    </message>
    <message numerus="yes">
        <source>The API is rate-limiting requests (HTTP 429). Try again in %n s.</source>
        <translation>
            <numerusform>La API está limitando las solicitudes (HTTP 429). Vuelva a intentarlo dentro de %n s.</numerusform>
            <numerusform>La API está limitando las solicitudes (HTTP 429). Vuelva a intentarlo dentro de %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API is rate-limiting requests (HTTP 429). Wait a moment and try again.</source>
        <translation>La API está limitando las solicitudes (HTTP 429). Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The API had a server error (HTTP %1). Try again later.</source>
        <translation>La API tuvo un error del servidor (HTTP %1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The API answered with an unexpected status (%1).</source>
        <translation>La API respondió con un estado inesperado (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n s. Check the connection, or allow more time with --timeout.</source>
        <translation>
            <numerusform>El servidor no respondió en %n s. Compruebe la conexión o dé más tiempo con --timeout.</numerusform>
            <numerusform>El servidor no respondió en %n s. Compruebe la conexión o dé más tiempo con --timeout.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to the API failed: %1. The connection was not used; check the API base URL and the system's certificates.</source>
        <translation>La conexión segura con la API falló: %1. No se usó la conexión; compruebe la URL base de la API y los certificados del sistema.</translation>
    </message>
    <message>
        <source>The API answer was not followed: %1.</source>
        <translation>No se siguió la respuesta de la API: %1.</translation>
    </message>
    <message>
        <source>The API answer was too large and was not read: %1.</source>
        <translation>La respuesta de la API era demasiado grande y no se leyó: %1.</translation>
    </message>
    <message>
        <source>The API answer could not be stored: %1.</source>
        <translation>No se pudo almacenar la respuesta de la API: %1.</translation>
    </message>
    <message>
        <source>Could not reach the API: %1. Check the network connection and the API base URL.</source>
        <translation>No se pudo conectar con la API: %1. Compruebe la conexión de red y la URL base de la API.</translation>
    </message>
    <message numerus="yes">
        <source>The API is rate-limiting requests; trying again in %n s.</source>
        <translation>
            <numerusform>La API está limitando las solicitudes; se reintentará dentro de %n s.</numerusform>
            <numerusform>La API está limitando las solicitudes; se reintentará dentro de %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The API had a server error (HTTP %1); trying again in %n s.</source>
        <translation>
            <numerusform>La API tuvo un error del servidor (HTTP %1); se reintentará dentro de %n s.</numerusform>
            <numerusform>La API tuvo un error del servidor (HTTP %1); se reintentará dentro de %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The API did not answer in time; trying again in %n s.</source>
        <translation>
            <numerusform>La API no respondió a tiempo; se reintentará dentro de %n s.</numerusform>
            <numerusform>La API no respondió a tiempo; se reintentará dentro de %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not reach the API; trying again in %n s.</source>
        <translation>
            <numerusform>No se pudo conectar con la API; se reintentará dentro de %n s.</numerusform>
            <numerusform>No se pudo conectar con la API; se reintentará dentro de %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallSummary</name>
    <message>
        <source>Call ID</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>Assistant (model ID)</source>
        <translation>Asistente (ID de modelo)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Motivo de finalización</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamada %1</translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Motivo de finalización</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Caller's first words</source>
        <translation>Primeras palabras del cliente</translation>
    </message>
    <message>
        <source>The assistant's response time, 90th percentile, measured on the recording (empty until the call is aligned).</source>
        <translation>Tiempo de respuesta del asistente, percentil 90, medido en la grabación (vacío hasta que se alinea la llamada).</translation>
    </message>
    <message>
        <source>Turns that started while the other party was still speaking, measured on the recording (empty until the call is aligned).</source>
        <translation>Turnos que empezaron mientras la otra parte aún hablaba, medidos en la grabación (vacío hasta que se alinea la llamada).</translation>
    </message>
    <message>
        <source>P90 latency</source>
        <translation>Latencia P90</translation>
    </message>
    <message>
        <source>Barge-ins</source>
        <translation>Interrupciones</translation>
    </message>
</context>
<context>
    <name>CallTableView</name>
    <message>
        <source>Loading more calls…</source>
        <translation>Cargando más llamadas…</translation>
    </message>
    <message>
        <source>Send to Batch &amp;Export</source>
        <translation>Enviar a la &amp;exportación por lotes</translation>
    </message>
    <message>
        <source>Send to Review &amp;Queue</source>
        <translation>Enviar a la &amp;cola de revisión</translation>
    </message>
    <message>
        <source>Hand the calls shown (filtered, in this order) to batch export</source>
        <translation>Pasar las llamadas mostradas (filtradas, en este orden) a la exportación por lotes</translation>
    </message>
    <message>
        <source>Put the calls shown (filtered, in this order) in the review queue</source>
        <translation>Poner las llamadas mostradas (filtradas, en este orden) en la cola de revisión</translation>
    </message>
    <message>
        <source>Copy Call IDs</source>
        <translation>Copiar los ID de llamada</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed call(s) skipped</source>
        <translation>
            <numerusform>%n llamada mal formada omitida</numerusform>
            <numerusform>%n llamadas mal formadas omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) loaded</source>
        <translation>
            <numerusform>%n llamada cargada</numerusform>
            <numerusform>%n llamadas cargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown of %n call(s) loaded</source>
        <translation>
            <numerusform>%1 mostradas de %n llamada cargada</numerusform>
            <numerusform>%1 mostradas de %n llamadas cargadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryEditorDialog</name>
    <message>
        <source>Flag Categories</source>
        <translation>Categorías de marcas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Categoría nueva</translation>
    </message>
</context>
<context>
    <name>CategoryTable</name>
    <message>
        <source>A category needs a name.</source>
        <translation>Una categoría necesita un nombre.</translation>
    </message>
    <message>
        <source>The category "%1" is listed twice.</source>
        <translation>La categoría "%1" aparece dos veces.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Could not write to standard output.</source>
        <translation>No se ha podido escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check the path and its permissions.</source>
        <translation>No se pudo crear la carpeta %1. Compruebe la ruta y sus permisos.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Anunzi API base URL (default %1; also from the ANUNZI_API_BASE environment variable).</source>
        <translation>URL base de la API de Anunzi (por omisión %1; también desde la variable de entorno ANUNZI_API_BASE).</translation>
    </message>
    <message>
        <source>Give up on a fetch after SECONDS (default 30).</source>
        <translation>Abandonar una consulta tras SECONDS segundos (por omisión 30).</translation>
    </message>
    <message>
        <source>Write the call's transcript as plain text to FILE ('-' for standard output) and exit, without opening a window.</source>
        <translation>Escribir la transcripción de la llamada como texto sin formato en FILE ('-' para la salida estándar) y salir, sin abrir ninguna ventana.</translation>
    </message>
    <message>
        <source>Use the bundled demo call (no API key or network).</source>
        <translation>Usar la llamada de demostración incluida (sin clave de la API ni red).</translation>
    </message>
    <message>
        <source>Load a saved Get Call API response from FILE.json.</source>
        <translation>Cargar una respuesta guardada de Get Call de la API desde FILE.json.</translation>
    </message>
    <message>
        <source>Download the call's recording to FILE ('-' for standard output) and exit, without opening a window.</source>
        <translation>Descargar la grabación de la llamada en FILE ('-' para la salida estándar) y salir, sin abrir ninguna ventana.</translation>
    </message>
    <message>
        <source>Read an API key from standard input and store it in the system keychain.</source>
        <translation>Leer una clave de la API de la entrada estándar y guardarla en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Interface language: %1 (default: the system's language).</source>
        <translation>Idioma de la interfaz: %1 (por omisión: el idioma del sistema).</translation>
    </message>
    <message>
        <source>--lang takes one of %1 (got "%2").</source>
        <translation>--lang admite uno de estos valores: %1 (se recibió «%2»).</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds from 1 to %1 (got "%2").</source>
        <translation>--timeout admite un número entero de segundos entre 1 y %1 (se recibió «%2»).</translation>
    </message>
    <message>
        <source>--open needs a file name.</source>
        <translation>--open necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>Give only one of CALL_ID, --demo and --open.</source>
        <translation>Indique solo uno de CALL_ID, --demo y --open.</translation>
    </message>
    <message>
        <source>--set-api-key takes no other options.</source>
        <translation>--set-api-key no admite otras opciones.</translation>
    </message>
    <message>
        <source>--export needs a file name (or '-' for standard output).</source>
        <translation>--export necesita un nombre de archivo (o '-' para la salida estándar).</translation>
    </message>
    <message>
        <source>--export needs a call: give a CALL_ID, --demo or --open FILE.</source>
        <translation>--export necesita una llamada: indique un CALL_ID, --demo o --open FILE.</translation>
    </message>
    <message>
        <source>Give only one of --export and --save-recording.</source>
        <translation>Indique solo uno de --export y --save-recording.</translation>
    </message>
    <message>
        <source>--save-recording needs a file name (or '-' for standard output).</source>
        <translation>--save-recording necesita un nombre de archivo (o '-' para la salida estándar).</translation>
    </message>
    <message>
        <source>--save-recording needs a call: give a CALL_ID, --demo or --open FILE.</source>
        <translation>--save-recording necesita una llamada: indique un CALL_ID, --demo o --open FILE.</translation>
    </message>
    <message>
        <source>Save as FORMAT: %1 (default: from the file's extension, else txt).</source>
        <translation>Guardar en el formato FORMAT: %1 (por omisión: según la extensión del archivo o, si no, txt).</translation>
    </message>
    <message>
        <source>Hide phone numbers and e-mail addresses in the saved file.</source>
        <translation>Ocultar los números de teléfono y las direcciones de correo electrónico en el archivo guardado.</translation>
    </message>
    <message>
        <source>Also hide the caller's name (implies --redact).</source>
        <translation>Ocultar también el nombre del cliente (implica --redact).</translation>
    </message>
    <message>
        <source>With --export-dir: read call IDs from FILE, one a line ('-' for standard input; blank lines and # comments are skipped).</source>
        <translation>Con --export-dir: leer los ID de llamada de FILE, uno por línea ('-' para la entrada estándar; se omiten las líneas vacías y los comentarios con #).</translation>
    </message>
    <message>
        <source>With --export-dir: overwrite files that are already there.</source>
        <translation>Con --export-dir: sobrescribir los archivos que ya existen.</translation>
    </message>
    <message>
        <source>The ID of the call to fetch (with --export-dir: any number of IDs).</source>
        <translation>El ID de la llamada que se va a obtener (con --export-dir: cualquier número de ID).</translation>
    </message>
    <message>
        <source>--format takes one of %1 (got "%2").</source>
        <translation>--format admite uno de estos valores: %1 (se recibió «%2»).</translation>
    </message>
    <message>
        <source>Give at most one CALL_ID (got %1), or save many with --export-dir.</source>
        <translation>Indique como máximo un CALL_ID (se recibieron %1), o guarde varias con --export-dir.</translation>
    </message>
    <message>
        <source>--export-dir needs a folder.</source>
        <translation>--export-dir necesita una carpeta.</translation>
    </message>
    <message>
        <source>--format, --redact and --redact-name work with --export or --export-dir only.</source>
        <translation>--format, --redact y --redact-name solo funcionan con --export o --export-dir.</translation>
    </message>
    <message>
        <source>Print the call's automatic review findings as JSON on standard output and exit, without opening a window.</source>
        <translation>Escribir los hallazgos de la revisión automática de la llamada como JSON en la salida estándar y salir, sin abrir ninguna ventana.</translation>
    </message>
    <message>
        <source>--findings needs a call: give a CALL_ID, --demo or --open FILE.</source>
        <translation>--findings necesita una llamada: indique un CALL_ID, --demo o --open FILE.</translation>
    </message>
    <message>
        <source>List the calls of the assistant MODEL_ID and exit. A malformed call is reported on standard error and skipped (exit code 4).</source>
        <translation>Listar las llamadas del asistente MODEL_ID y salir. Una llamada mal formada se informa en la salida de errores y se omite (código de salida 4).</translation>
    </message>
    <message>
        <source>With --list-*: entries per page (default 20).</source>
        <translation>Con --list-*: entradas por página (por omisión 20).</translation>
    </message>
    <message>
        <source>With --list-*: start at entry N (default 0).</source>
        <translation>Con --list-*: empezar en la entrada N (por omisión 0).</translation>
    </message>
    <message>
        <source>With --list-*: follow every page to the end.</source>
        <translation>Con --list-*: recorrer todas las páginas hasta el final.</translation>
    </message>
    <message>
        <source>With --list-*: print a JSON array of the API's objects instead of a table.</source>
        <translation>Con --list-*: escribir una lista JSON con los objetos de la API en lugar de una tabla.</translation>
    </message>
    <message>
        <source>--%1 goes with --list-assistants or --list-calls.</source>
        <translation>--%1 se usa con --list-assistants o --list-calls.</translation>
    </message>
    <message>
        <source>Give only one of --list-assistants and --list-calls.</source>
        <translation>Indique solo uno de --list-assistants y --list-calls.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to %1 (got "%2").</source>
        <translation>--limit admite un número entero entre 1 y %1 (se recibió «%2»).</translation>
    </message>
    <message>
        <source>--offset takes a whole number from 0 (got "%1").</source>
        <translation>--offset admite un número entero a partir de 0 (se recibió «%1»).</translation>
    </message>
    <message>
        <source>"%1" is not a valid assistant ID. %2</source>
        <translation>«%1» no es un ID de asistente válido. %2</translation>
    </message>
    <message>
        <source>Give only one of --export, --export-dir, --save-recording and --findings.</source>
        <translation>Indique solo uno de --export, --export-dir, --save-recording y --findings.</translation>
    </message>
    <message>
        <source>--export-dir takes call IDs; it cannot be combined with --export, --save-recording, --demo or --open.</source>
        <translation>--export-dir admite ID de llamada; no se puede combinar con --export, --save-recording, --demo ni --open.</translation>
    </message>
    <message>
        <source>Save each CALL_ID given (or listed with --ids), or with --model every call of an assistant, to DIR/&lt;CALL_ID&gt;.&lt;ext&gt; and exit. Files already there are skipped unless --force.</source>
        <translation>Guardar cada CALL_ID indicado (o listado con --ids), o con --model todas las llamadas de un asistente, en DIR/&lt;CALL_ID&gt;.&lt;ext&gt; y salir. Los archivos que ya existen se omiten, salvo con --force.</translation>
    </message>
    <message>
        <source>With --export-dir: save every call of the assistant MODEL_ID, page by page from the call list (instead of CALL_IDs or --ids).</source>
        <translation>Con --export-dir: guardar todas las llamadas del asistente MODEL_ID, página a página desde la lista de llamadas (en lugar de CALL_ID o --ids).</translation>
    </message>
    <message>
        <source>--list-assistants and --list-calls take no CALL_ID, --demo, --open, --export, --export-dir, --model, --save-recording, --findings or --set-api-key.</source>
        <translation>--list-assistants y --list-calls no admiten CALL_ID, --demo, --open, --export, --export-dir, --model, --save-recording, --findings ni --set-api-key.</translation>
    </message>
    <message>
        <source>--model saves every call of an assistant: give either --model or call IDs (or --ids), not both.</source>
        <translation>--model guarda todas las llamadas de un asistente: indique --model o ID de llamada (o --ids), no ambos.</translation>
    </message>
    <message>
        <source>--export-dir needs call IDs: give them after the options, list them in a file with --ids FILE, or save every call of an assistant with --model MODEL_ID.</source>
        <translation>--export-dir necesita ID de llamada: indíquelos después de las opciones, en un archivo con --ids FILE, o guarde todas las llamadas de un asistente con --model MODEL_ID.</translation>
    </message>
    <message>
        <source>--ids, --model and --force work with --export-dir only.</source>
        <translation>--ids, --model y --force solo funcionan con --export-dir.</translation>
    </message>
    <message>
        <source>Align the transcript to the call's recording and write when each turn was spoken as JSON to FILE ('-' for standard output), then exit.</source>
        <translation>Alinea la transcripción con la grabación de la llamada, escribe en FILE ('-' para la salida estándar) cuándo se dijo cada turno, en JSON, y sale.</translation>
    </message>
    <message>
        <source>With --timeline, --export or --findings: align to this audio file (WAV, MP3, Ogg/Opus) instead of downloading the call's recording.</source>
        <translation>Con --timeline, --export o --findings: alinea con este archivo de audio (WAV, MP3, Ogg/Opus) en lugar de descargar la grabación de la llamada.</translation>
    </message>
    <message>
        <source>--timeline needs a file name (or '-' for standard output).</source>
        <translation>--timeline necesita un nombre de archivo (o '-' para la salida estándar).</translation>
    </message>
    <message>
        <source>Give only one of --export, --export-dir, --save-recording, --findings and --timeline.</source>
        <translation>Indique solo una de --export, --export-dir, --save-recording, --findings y --timeline.</translation>
    </message>
    <message>
        <source>--timeline needs a call: give a CALL_ID, --demo, or --open FILE with --recording AUDIO.</source>
        <translation>--timeline necesita una llamada: indique un CALL_ID, --demo, o --open FILE con --recording AUDIO.</translation>
    </message>
    <message>
        <source>--recording needs an audio file.</source>
        <translation>--recording necesita un archivo de audio.</translation>
    </message>
    <message>
        <source>A saved response holds no recording: give the audio file with --recording AUDIO.</source>
        <translation>Una respuesta guardada no contiene la grabación: indique el archivo de audio con --recording AUDIO.</translation>
    </message>
    <message>
        <source>Score the answers given with --answers against the evaluation form FORM.json, print the result as JSON on standard output and exit (no API key or network; see docs/SCORECARDS.md). A malformed file, or answers that do not complete the form, is exit code 2.</source>
        <translation>Puntúa las respuestas dadas con --answers según el formulario de evaluación FORM.json, escribe el resultado en JSON en la salida estándar y sale (sin clave de API ni red; vea docs/SCORECARDS.md). Un archivo mal formado, o unas respuestas que no completan el formulario, dan el código de salida 2.</translation>
    </message>
    <message>
        <source>With --score: the answers file to score.</source>
        <translation>Con --score: el archivo de respuestas que se puntúa.</translation>
    </message>
    <message>
        <source>--score needs the answers to score: add --answers ANSWERS.json.</source>
        <translation>--score necesita las respuestas que puntuar: añada --answers ANSWERS.json.</translation>
    </message>
    <message>
        <source>--answers goes with --score FORM.json.</source>
        <translation>--answers va con --score FORM.json.</translation>
    </message>
    <message>
        <source>--score and --answers need file names.</source>
        <translation>--score y --answers necesitan nombres de archivo.</translation>
    </message>
    <message>
        <source>--score scores a form's answers on its own: it cannot be combined with %1.</source>
        <translation>--score puntúa las respuestas de un formulario por sí solo: no se puede combinar con %1.</translation>
    </message>
    <message>
        <source>List every assistant the API key can see (model ID, name, type, phone number, recording, language) and exit; with --limit or --offset, one page.</source>
        <translation>Lista todos los asistentes que ve la clave de API (ID de modelo, nombre, tipo, teléfono, grabación, idioma) y sale; con --limit o --offset, una página.</translation>
    </message>
    <message>
        <source>With --export, --export-dir or --findings: download the call's recording and add turn times (and timing findings). A batch saves a call whose recording is missing or unusable without times.</source>
        <translation>Con --export, --export-dir o --findings: descarga la grabación de la llamada y añade los tiempos de turno (y los hallazgos de tiempos). Un lote guarda sin tiempos una llamada cuya grabación falta o no es utilizable.</translation>
    </message>
    <message>
        <source>With --findings and a recording: a silence of at least MS milliseconds before a turn is dead air (default: the Settings dialog's, 3000).</source>
        <translation>Con --findings y una grabación: una pausa de al menos MS milisegundos antes de un turno es silencio (predeterminado: el del diálogo Configuración, 3000).</translation>
    </message>
    <message>
        <source>Keep reviews in the team's PostgreSQL database at URL (postgresql://USER@HOST:PORT/DATABASE?sslmode=require; no password: it comes from the system keychain or PGPASSFILE/~/.pgpass) instead of the saved one; '' for the local SQLite file.</source>
        <translation>Guarda las revisiones en la base de datos PostgreSQL del equipo en URL (postgresql://USER@HOST:PORT/DATABASE?sslmode=require; sin contraseña: se obtiene del llavero del sistema o de PGPASSFILE/~/.pgpass) en lugar de la guardada; '' para el archivo SQLite local.</translation>
    </message>
    <message>
        <source>Your name as a reviewer (default: the name in Settings); required on a shared review database.</source>
        <translation>Su nombre como revisor (predeterminado: el nombre de Configuración); obligatorio en una base de datos de revisiones compartida.</translation>
    </message>
    <message>
        <source>Write the reviews in FILE.json ({"reviews": [...]}) into the review database in one transaction and exit. A malformed file writes nothing (exit code 2).</source>
        <translation>Escribe las revisiones de FILE.json ({"reviews": [...]}) en la base de datos de revisiones en una sola transacción y sale. Un archivo mal formado no escribe nada (código de salida 2).</translation>
    </message>
    <message>
        <source>Write every review in the review database to FILE.json and exit.</source>
        <translation>Escribe todas las revisiones de la base de datos de revisiones en FILE.json y sale.</translation>
    </message>
    <message>
        <source>Read the shared review database's password from standard input and store it in the system keychain, for the --review-db URL (or the one in Settings).</source>
        <translation>Lee la contraseña de la base de datos de revisiones compartida desde la entrada estándar y la guarda en el llavero del sistema, para la URL de --review-db (o la de Configuración).</translation>
    </message>
    <message>
        <source>Review calls handled by Anunzi AI voice assistants.

The API key comes from ANUNZI_API_KEY, else from the system keychain.
Exit codes: 0 success; 2 usage, invalid call ID or no API key; 3 network or HTTP failure (or the review database unreachable);
4 the response is not a valid call; 5 the output (or the review database) cannot be written.</source>
        <translation>Revisa llamadas atendidas por asistentes de voz con IA de Anunzi.

La clave de API se obtiene de ANUNZI_API_KEY o, si no, del llavero del sistema.
Códigos de salida: 0 éxito; 2 uso incorrecto, ID de llamada no válido o sin clave de API; 3 fallo de red o HTTP (o base de datos de revisiones inaccesible);
4 la respuesta no es una llamada válida; 5 no se puede escribir la salida (o la base de datos de revisiones).</translation>
    </message>
    <message>
        <source>--recording and --with-timing work with --timeline, --export and --findings only (and --with-timing with --export-dir).</source>
        <translation>--recording y --with-timing solo funcionan con --timeline, --export y --findings (y --with-timing con --export-dir).</translation>
    </message>
    <message>
        <source>A batch of subtitles (.%1) needs each call's turn times: add --with-timing to download and align the recordings.</source>
        <translation>Un lote de subtítulos (.%1) necesita los tiempos de turno de cada llamada: añada --with-timing para descargar y alinear las grabaciones.</translation>
    </message>
    <message>
        <source>--dead-air-ms works with --findings only.</source>
        <translation>--dead-air-ms solo funciona con --findings.</translation>
    </message>
    <message>
        <source>--dead-air-ms takes a whole number from %1 to %2 (got "%3").</source>
        <translation>--dead-air-ms admite un número entero de %1 a %2 (se recibió "%3").</translation>
    </message>
    <message>
        <source>--set-review-db-password takes only --review-db.</source>
        <translation>--set-review-db-password solo admite --review-db.</translation>
    </message>
    <message>
        <source>Give only one of --import-reviews and --export-reviews.</source>
        <translation>Indique solo una de las opciones --import-reviews y --export-reviews.</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>--%1 necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with %2.</source>
        <translation>--%1 no se puede combinar con %2.</translation>
    </message>
    <message>
        <source>--review-db and --reviewer go with --import-reviews, --export-reviews or the window.</source>
        <translation>--review-db y --reviewer se usan con --import-reviews, --export-reviews o la ventana.</translation>
    </message>
    <message>
        <source>--reviewer needs a name.</source>
        <translation>--reviewer necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Connected: the API accepted the key.</source>
        <translation>Conectado: la API aceptó la clave.</translation>
    </message>
    <message>
        <source>The API rejected the key (HTTP 401). Check that you pasted the whole key, or create a new one in the Anunzi dashboard.</source>
        <translation>La API rechazó la clave (HTTP 401). Compruebe que pegó la clave completa o cree una nueva en el panel de Anunzi.</translation>
    </message>
    <message>
        <source>The key is valid but has no permission to list assistants (HTTP 403). It may still read calls; ask Anunzi support for access.</source>
        <translation>La clave es válida, pero no tiene permiso para listar asistentes (HTTP 403). Puede que aún pueda leer llamadas; pida acceso al soporte de Anunzi.</translation>
    </message>
    <message>
        <source>The server answered, but not as the Anunzi API (HTTP 404). Check the API base URL; it usually ends in /v2.</source>
        <translation>El servidor respondió, pero no como la API de Anunzi (HTTP 404). Compruebe la URL base de la API; suele terminar en /v2.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n s. Check the network connection and the API base URL.</source>
        <translation>
            <numerusform>El servidor no respondió en %n s. Compruebe la conexión de red y la URL base de la API.</numerusform>
            <numerusform>El servidor no respondió en %n s. Compruebe la conexión de red y la URL base de la API.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the API (%1). Check the network connection and the API base URL.</source>
        <translation>No se pudo conectar con la API (%1). Compruebe la conexión de red y la URL base de la API.</translation>
    </message>
    <message>
        <source>The connection test failed: %1.</source>
        <translation>La prueba de conexión falló: %1.</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>Reinten&amp;tar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Cop&amp;y Transcript</source>
        <translation>&amp;Copiar transcripción</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Export &amp;Many…</source>
        <translation>Exportar &amp;varias…</translation>
    </message>
    <message>
        <source>Copied the transcript.</source>
        <translation>Se copió la transcripción.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Save Transcript As</source>
        <translation>Guardar la transcripción como</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>Guardar la transcripción</translation>
    </message>
    <message>
        <source>Open a call first: fetch one by its ID, or open a saved call.</source>
        <translation>Abra antes una llamada: obténgala por su ID o abra una llamada guardada.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>Choose another folder or file name and try again.</source>
        <translation>Elija otra carpeta u otro nombre de archivo y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Página web (HTML)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Hoja de cálculo CSV</translation>
    </message>
    <message>
        <source>SubRip subtitles</source>
        <translation>Subtítulos SubRip</translation>
    </message>
    <message>
        <source>WebVTT subtitles</source>
        <translation>Subtítulos WebVTT</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Distinguir mayúsculas</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Buscar en la transcripción</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3, Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+F3, Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Coincidencia siguiente (F3, Intro)</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Todos los hablantes</translation>
    </message>
    <message>
        <source>Assistant only</source>
        <translation>Solo el asistente</translation>
    </message>
    <message>
        <source>Caller only</source>
        <translation>Solo el cliente</translation>
    </message>
    <message>
        <source>Show the turns of one speaker only</source>
        <translation>Mostrar solo los turnos de un hablante</translation>
    </message>
    <message>
        <source>Speaker filter</source>
        <translation>Filtro de hablante</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>FindingsDetector</name>
    <message>
        <source>The assistant did not understand the caller (“%1”).</source>
        <translation>El asistente no entendió al cliente («%1»).</translation>
    </message>
    <message>
        <source>The caller did not understand the assistant (“%1”).</source>
        <translation>El cliente no entendió al asistente («%1»).</translation>
    </message>
    <message>
        <source>More turns with misunderstanding markers.</source>
        <translation>Más turnos con señales de malentendido.</translation>
    </message>
    <message>
        <source>The caller asked for a person (“%1”).</source>
        <translation>El cliente pidió hablar con una persona («%1»).</translation>
    </message>
    <message>
        <source>More turns where the caller asked for a person.</source>
        <translation>Más turnos en los que el cliente pidió hablar con una persona.</translation>
    </message>
    <message numerus="yes">
        <source>The assistant spoke %n words in one turn.</source>
        <translation>
            <numerusform>El asistente dijo %n palabra en un solo turno.</numerusform>
            <numerusform>El asistente dijo %n palabras en un solo turno.</numerusform>
        </translation>
    </message>
    <message>
        <source>More long assistant turns.</source>
        <translation>Más turnos largos del asistente.</translation>
    </message>
    <message numerus="yes">
        <source>The assistant said the same or nearly the same thing %n times: “%1”</source>
        <translation>
            <numerusform>El asistente dijo lo mismo o casi lo mismo %n vez: «%1»</numerusform>
            <numerusform>El asistente dijo lo mismo o casi lo mismo %n veces: «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The assistant went round in a loop of %1 replies over %n turns.</source>
        <translation>
            <numerusform>El asistente entró en un bucle de %1 respuestas a lo largo de %n turno.</numerusform>
            <numerusform>El asistente entró en un bucle de %1 respuestas a lo largo de %n turnos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The assistant asked again after the caller had answered: “%1”</source>
        <translation>El asistente volvió a preguntar después de que el cliente ya había respondido: «%1»</translation>
    </message>
    <message>
        <source>Words: the assistant %1% (%2), the caller %3% (%4).</source>
        <translation>Palabras: el asistente %1 % (%2), el cliente %3 % (%4).</translation>
    </message>
    <message numerus="yes">
        <source>Turns: %n (%1 by the assistant, %2 by the caller).</source>
        <translation>
            <numerusform>Turnos: %n (%1 del asistente, %2 del cliente).</numerusform>
            <numerusform>Turnos: %n (%1 del asistente, %2 del cliente).</numerusform>
        </translation>
    </message>
    <message>
        <source>The call ended: %1.</source>
        <translation>La llamada terminó: %1.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>F&amp;lag</source>
        <translation>&amp;Marcar</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Show dis&amp;missed</source>
        <translation>Mostrar desc&amp;artados</translation>
    </message>
    <message>
        <source>Flag the turns of this finding with its suggested category.</source>
        <translation>Marcar los turnos de este hallazgo con su categoría sugerida.</translation>
    </message>
    <message>
        <source>Looking for findings…</source>
        <translation>Buscando hallazgos…</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No hay hallazgos.</translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n. They are suggestions: flag the ones that matter, dismiss the rest.</source>
        <translation>
            <numerusform>Hallazgos: %n. Son sugerencias: marque los que importen y descarte el resto.</numerusform>
            <numerusform>Hallazgos: %n. Son sugerencias: marque los que importen y descarte el resto.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · turn %2</source>
        <translation>%1 · turno %2</translation>
    </message>
    <message>
        <source>%1 · turns %2</source>
        <translation>%1 · turnos %2</translation>
    </message>
    <message>
        <source>%1 · flagged</source>
        <translation>%1 · marcado</translation>
    </message>
    <message>
        <source>%1 · dismissed</source>
        <translation>%1 · descartado</translation>
    </message>
    <message>
        <source>%1
Double-click or press Enter to go to turn %2.</source>
        <translation>%1
Haga doble clic o pulse Intro para ir al turno %2.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>FlagEditorDialog</name>
    <message>
        <source>Flag Turn %1</source>
        <translation>Marcar el turno %1</translation>
    </message>
    <message>
        <source>Optional: what went wrong</source>
        <translation>Opcional: qué salió mal</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Marcar</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>C&amp;omentario:</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <source>"%1" is not a valid call ID. %2</source>
        <translation>«%1» no es un ID de llamada válido. %2</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>No se pudo leer la entrada estándar.</translation>
    </message>
    <message>
        <source>Pipe the key in: callreview --set-api-key &lt; keyfile</source>
        <translation>Pase la clave por la entrada estándar: callreview --set-api-key &lt; archivo_clave</translation>
    </message>
    <message>
        <source>The API key is stored in the system keychain.</source>
        <translation>La clave de la API está guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No call IDs to save: the list is empty.</source>
        <translation>No hay ID de llamada que guardar: la lista está vacía.</translation>
    </message>
    <message>
        <source>The key was not stored. %1 Use the ANUNZI_API_KEY environment variable instead.</source>
        <translation>La clave no se ha guardado. %1 Use en su lugar la variable de entorno ANUNZI_API_KEY.</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>The transcript is empty.</source>
        <translation>La transcripción está vacía.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>CALL ID</source>
        <translation>ID DE LLAMADA</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>DESTINO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>END REASON</source>
        <translation>MOTIVO DE FIN</translation>
    </message>
    <message>
        <source>RECORDING</source>
        <translation>GRABACIÓN</translation>
    </message>
    <message>
        <source>TURNS</source>
        <translation>TURNOS</translation>
    </message>
    <message>
        <source>CALLER'S FIRST WORDS</source>
        <translation>PRIMERAS PALABRAS DEL CLIENTE</translation>
    </message>
    <message>
        <source>MODEL ID</source>
        <translation>ID DE MODELO</translation>
    </message>
    <message>
        <source>PHONE NUMBER</source>
        <translation>NÚMERO DE TELÉFONO</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>entry %1 skipped: %2</source>
        <translation>entrada %1 omitida: %2</translation>
    </message>
    <message>
        <source>More entries may follow: add --offset %1, or --all.</source>
        <translation>Puede haber más entradas: añada --offset %1 o --all.</translation>
    </message>
    <message>
        <source>call %1 skipped: %2</source>
        <translation>llamada %1 omitida: %2</translation>
    </message>
    <message>
        <source>assistant %1 skipped: %2</source>
        <translation>asistente %1 omitido: %2</translation>
    </message>
    <message>
        <source>1 malformed entry skipped (see above).</source>
        <translation>1 entrada mal formada omitida (vea arriba).</translation>
    </message>
    <message>
        <source>%1 malformed entries skipped (see above).</source>
        <translation>%1 entradas mal formadas omitidas (vea arriba).</translation>
    </message>
</context>
<context>
    <name>ListPageDecoder</name>
    <message>
        <source>the response is empty</source>
        <translation>la respuesta está vacía</translation>
    </message>
    <message>
        <source>the response is an HTML page, not JSON</source>
        <translation>la respuesta es una página HTML, no JSON</translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1 at byte %2)</source>
        <translation>la respuesta no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>la respuesta no es un objeto JSON</translation>
    </message>
    <message>
        <source>field "status" should be a string but is %1</source>
        <translation>el campo «status» debería ser un texto, pero es %1</translation>
    </message>
    <message>
        <source>the API answered with status "%1" instead of "ok"</source>
        <translation>la API respondió con el estado «%1» en lugar de «ok»</translation>
    </message>
    <message>
        <source>field "response" should be an object but is %1</source>
        <translation>el campo «response» debería ser un objeto, pero es %1</translation>
    </message>
    <message>
        <source>field "%1" should be an array but is %2</source>
        <translation>el campo «%1» debería ser una lista (array), pero es %2</translation>
    </message>
    <message>
        <source>field "%1" should be an object but is %2</source>
        <translation>el campo «%1» debería ser un objeto, pero es %2</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Saved Call…</source>
        <translation>&amp;Abrir llamada guardada…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Call</source>
        <translation>Abrir llamada de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Copy Turn</source>
        <translation>&amp;Copiar turno</translation>
    </message>
    <message>
        <source>Copy &amp;All Turns</source>
        <translation>Copiar &amp;todos los turnos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Call &amp;ID Field</source>
        <translation>Campo de &amp;ID de llamada</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Reload Call</source>
        <translation>&amp;Recargar llamada</translation>
    </message>
    <message>
        <source>&amp;Stop Fetching</source>
        <translation>&amp;Detener la consulta</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Adela&amp;nte</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>F&amp;irst Turn</source>
        <translation>&amp;Primer turno</translation>
    </message>
    <message>
        <source>Ctrl+Home</source>
        <translation>Ctrl+Home</translation>
    </message>
    <message>
        <source>&amp;Last Turn</source>
        <translation>Ú&amp;ltimo turno</translation>
    </message>
    <message>
        <source>Ctrl+End</source>
        <translation>Ctrl+End</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcripción</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;All Speakers</source>
        <translation>&amp;Todos los hablantes</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>A&amp;ssistant Only</source>
        <translation>Solo el &amp;asistente</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Caller Only</source>
        <translation>Solo el &amp;cliente</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Call Review</source>
        <translation>&amp;Acerca de Call Review</translation>
    </message>
    <message>
        <source>&amp;Export Transcript as Text…</source>
        <translation>&amp;Exportar transcripción como texto…</translation>
    </message>
    <message>
        <source>Pla&amp;yback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Revi&amp;sión</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Call Review</source>
        <translation>Call Review</translation>
    </message>
    <message>
        <source>Open Saved Call</source>
        <translation>Abrir llamada guardada</translation>
    </message>
    <message>
        <source>API responses (*.json);;All files (*)</source>
        <translation>Respuestas de la API (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <source>Fetching call %1…</source>
        <translation>Obteniendo la llamada %1…</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamada %1</translation>
    </message>
    <message>
        <source>Open a call first, then export its transcript.</source>
        <translation>Abra antes una llamada y después exporte su transcripción.</translation>
    </message>
    <message>
        <source>Export Transcript as Text</source>
        <translation>Exportar transcripción como texto</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened call %1 · %n turn(s)</source>
        <translation>
            <numerusform>Llamada %1 abierta · %n turno</numerusform>
            <numerusform>Llamada %1 abierta · %n turnos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>The transcript is empty.</source>
        <translation>La transcripción está vacía.</translation>
    </message>
</context>
<context>
    <name>MediaDecoder</name>
    <message>
        <source>No audio decoder is available (install the GStreamer base and good plug-ins).</source>
        <translation>No hay ningún decodificador de audio (instale los complementos base y good de GStreamer).</translation>
    </message>
    <message>
        <source>The decoder produced an unknown sample format.</source>
        <translation>El decodificador ha producido un formato de muestra desconocido.</translation>
    </message>
    <message>
        <source>The recording changes its audio format midway.</source>
        <translation>La grabación cambia de formato de audio a mitad.</translation>
    </message>
    <message>
        <source>The recording lasts more than %1 min, too long for this call.</source>
        <translation>La grabación dura más de %1 min, demasiado para esta llamada.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The recording's audio format cannot be decoded.</source>
        <translation>El formato de audio de la grabación no se puede decodificar.</translation>
    </message>
    <message>
        <source>The recording could not be decoded: %1</source>
        <translation>No se ha podido decodificar la grabación: %1</translation>
    </message>
    <message>
        <source>The decoder stopped producing audio; the recording may be damaged.</source>
        <translation>El decodificador ha dejado de producir audio; puede que la grabación esté dañada.</translation>
    </message>
    <message>
        <source>The recording holds no audio.</source>
        <translation>La grabación no contiene audio.</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Call ID</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Datos de la llamada</translation>
    </message>
    <message>
        <source>No call open.</source>
        <translation>No hay ninguna llamada abierta.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4</source>
        <translation>%1 %2 · %3 %4</translation>
    </message>
    <message>
        <source> · %1 %2</source>
        <translation> · %1 %2</translation>
    </message>
    <message>
        <source>Copied %1: %2</source>
        <translation>Se copió %1: %2</translation>
    </message>
</context>
<context>
    <name>ModelExportCommand</name>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>not a valid call: %1</source>
        <translation>no es una llamada válida: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Error en %1: %2</translation>
    </message>
    <message>
        <source>Not every call of assistant %1 was listed: %2</source>
        <translation>No se listaron todas las llamadas del asistente %1: %2</translation>
    </message>
    <message>
        <source>The call list stopped after 1 call: %1</source>
        <translation>La lista de llamadas se detuvo tras 1 llamada: %1</translation>
    </message>
    <message>
        <source>The call list stopped after %1 calls: %2</source>
        <translation>La lista de llamadas se detuvo tras %1 llamadas: %2</translation>
    </message>
</context>
<context>
    <name>PagedListService</name>
    <message>
        <source>Loading was canceled.</source>
        <translation>Se canceló la carga.</translation>
    </message>
    <message>
        <source>The server's answer is not a valid list: %1.</source>
        <translation>La respuesta del servidor no es una lista válida: %1.</translation>
    </message>
    <message>
        <source>The API refused the request as invalid (HTTP 400). Check the assistant ID and the API base URL.</source>
        <translation>La API rechazó la solicitud por no ser válida (HTTP 400). Compruebe el ID del asistente y la URL base de la API.</translation>
    </message>
    <message>
        <source>The API key has no permission to list these (HTTP 403). Ask Anunzi support to grant access, or use a key of the right workspace.</source>
        <translation>La clave de la API no tiene permiso para listar estos elementos (HTTP 403). Pida acceso al soporte de Anunzi o use una clave del espacio de trabajo correcto.</translation>
    </message>
    <message>
        <source>The API does not know this list (HTTP 404). Check the API base URL.</source>
        <translation>La API no reconoce esta lista (HTTP 404). Compruebe la URL base de la API.</translation>
    </message>
</context>
<context>
    <name>PcmDecoder</name>
    <message>
        <source>The recording cannot be read: %1</source>
        <translation>No se puede leer la grabación: %1</translation>
    </message>
    <message>
        <source>The recording file is empty.</source>
        <translation>El archivo de la grabación está vacío.</translation>
    </message>
    <message>
        <source>The recording is not an audio file (no known audio format).</source>
        <translation>La grabación no es un archivo de audio (ningún formato de audio conocido).</translation>
    </message>
    <message>
        <source>The recording holds no audio.</source>
        <translation>La grabación no contiene audio.</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>The transcript is empty.</source>
        <translation>La transcripción está vacía.</translation>
    </message>
    <message>
        <source>PDF output needs the graphics libraries, which were not started. Save as another format, or report this as a bug.</source>
        <translation>La salida en PDF necesita las bibliotecas gráficas, que no se iniciaron. Guarde en otro formato o informe de este error.</translation>
    </message>
    <message>
        <source>The document could not be started (the printer or file refused it).</source>
        <translation>No se pudo iniciar el documento (la impresora o el archivo lo rechazó).</translation>
    </message>
    <message>
        <source>The document could not take page %1.</source>
        <translation>No se pudo añadir la página %1 al documento.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PlainTextExporter</name>
    <message>
        <source>Call %1</source>
        <translation>Llamada %1</translation>
    </message>
    <message>
        <source>Direction: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <source>From → To: %1 → %2</source>
        <translation>Origen → Destino: %1 → %2</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duración: %1</translation>
    </message>
    <message>
        <source>End reason: %1</source>
        <translation>Motivo de finalización: %1</translation>
    </message>
    <message>
        <source>Turns: %1</source>
        <translation>Turnos: %1</translation>
    </message>
    <message>
        <source>(The transcript is empty.)</source>
        <translation>(La transcripción está vacía).</translation>
    </message>
</context>
<context>
    <name>PlaybackWiring</name>
    <message>
        <source>Aligning turns… %1%</source>
        <translation>Alineando turnos… %1%</translation>
    </message>
    <message>
        <source>Turn times unavailable</source>
        <translation>Horas de los turnos no disponibles</translation>
    </message>
    <message>
        <source>Play from &amp;Turn</source>
        <translation>Reproducir desde el tur&amp;no</translation>
    </message>
    <message>
        <source>Play T&amp;his Turn Only</source>
        <translation>Reproducir solo &amp;este turno</translation>
    </message>
    <message>
        <source>&amp;Repeat Turn</source>
        <translation>Repet&amp;ir turno</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>F&amp;ollow Playback</source>
        <translation>Seguir la repr&amp;oducción</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mezcla</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Barge-in by assistant, %1 overlap</source>
        <translation>Interrupción del asistente, %1 de solapamiento</translation>
    </message>
    <message>
        <source>Barge-in by caller, %1 overlap</source>
        <translation>Interrupción del cliente, %1 de solapamiento</translation>
    </message>
    <message>
        <source>Dead air %1 before turn %2</source>
        <translation>Silencio de %1 antes del turno %2</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Silenciar (M)</translation>
    </message>
    <message>
        <source>Back 15 s (Shift+←)</source>
        <translation>Retroceder 15 s (Mayús+←)</translation>
    </message>
    <message>
        <source>Back 5 s (←)</source>
        <translation>Retroceder 5 s (←)</translation>
    </message>
    <message>
        <source>Forward 5 s (→)</source>
        <translation>Avanzar 5 s (→)</translation>
    </message>
    <message>
        <source>Forward 15 s (Shift+→)</source>
        <translation>Avanzar 15 s (Mayús+→)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>%L1×</source>
        <translation>%L1×</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>Velocidad de reproducción ([ más lenta, ] más rápida)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation>Activar el sonido (M)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Recording Credentials…</source>
        <translation>Credenciales de la grabación…</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>&amp;Back 5 Seconds</source>
        <translation>Re&amp;troceder 5 segundos</translation>
    </message>
    <message>
        <source>&amp;Forward 5 Seconds</source>
        <translation>&amp;Avanzar 5 segundos</translation>
    </message>
    <message>
        <source>Back 15 Seconds</source>
        <translation>Retroceder 15 segundos</translation>
    </message>
    <message>
        <source>Forward 15 Seconds</source>
        <translation>Avanzar 15 segundos</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>Más rápi&amp;do</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Silenciar</translation>
    </message>
    <message>
        <source>Save &amp;Recording As…</source>
        <translation>&amp;Guardar grabación como…</translation>
    </message>
    <message>
        <source>Recording &amp;Credentials…</source>
        <translation>&amp;Credenciales de la grabación…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Getting the recording…</source>
        <translation>Obteniendo la grabación…</translation>
    </message>
    <message>
        <source>Drawing the waveform…</source>
        <translation>Dibujando la forma de onda…</translation>
    </message>
    <message>
        <source>This recording's audio format cannot be played (%1). Install the GStreamer plug-ins (gstreamer1.0-plugins-good, gstreamer1.0-libav), or save the recording and play it in another program.</source>
        <translation>No se puede reproducir el formato de audio de esta grabación (%1). Instale los complementos de GStreamer (gstreamer1.0-plugins-good, gstreamer1.0-libav) o guarde la grabación y reprodúzcala en otro programa.</translation>
    </message>
    <message>
        <source>The recording cannot be read: it needs credentials (%1).</source>
        <translation>No se puede leer la grabación: necesita credenciales (%1).</translation>
    </message>
    <message>
        <source>The recording file is damaged or cannot be read (%1). Try downloading it again.</source>
        <translation>El archivo de la grabación está dañado o no se puede leer (%1). Vuelva a descargarlo.</translation>
    </message>
    <message>
        <source>The recording file is damaged or not audio (%1). Try downloading it again.</source>
        <translation>El archivo de la grabación está dañado o no es audio (%1). Vuelva a descargarlo.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>There is no recording to save.</source>
        <translation>No hay ninguna grabación que guardar.</translation>
    </message>
    <message>
        <source>Save Recording</source>
        <translation>Guardar grabación</translation>
    </message>
    <message>
        <source>Downloading the recording…</source>
        <translation>Descargando la grabación…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Muestra la ayuda sobre las opciones de la línea de órdenes.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Muestra la ayuda, incluidas las opciones propias de Qt.</translation>
    </message>
</context>
<context>
    <name>RecordingAligner</name>
    <message>
        <source>The recording lasts %1 s but the call lasted %2 s: the recording is truncated.</source>
        <translation>La grabación dura %1 s pero la llamada duró %2 s: la grabación está truncada.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>RecordingCache</name>
    <message>
        <source>the cache folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta de caché %1</translation>
    </message>
</context>
<context>
    <name>RecordingCredentialsDialog</name>
    <message>
        <source>Recording Credentials</source>
        <translation>Credenciales de la grabación</translation>
    </message>
    <message>
        <source>Some Twilio accounts protect recordings with HTTP Basic authentication. Call Review sends these credentials only to %1, and only when it asks for them. They are kept in the system keychain.</source>
        <translation>Algunas cuentas de Twilio protegen las grabaciones con autenticación HTTP básica. Call Review envía estas credenciales solo a %1, y solo cuando las solicita. Se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>&amp;SID de la cuenta:</translation>
    </message>
    <message>
        <source>Auth &amp;Token:</source>
        <translation>&amp;Token de autenticación:</translation>
    </message>
</context>
<context>
    <name>RecordingDownloader</name>
    <message>
        <source>The recording could not be stored in %1: %2. Free some disk space and try again.</source>
        <translation>No se pudo guardar la grabación en %1: %2. Libere espacio en el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The recording cannot be downloaded because the cache folder %1 is not writable (%2).</source>
        <translation>No se puede descargar la grabación porque no se puede escribir en la carpeta de caché %1 (%2).</translation>
    </message>
    <message>
        <source>The recording host sent an empty file. Try again later.</source>
        <translation>El servidor de la grabación envió un archivo vacío. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The recording host %1 asks for credentials (HTTP 401). Call Review sends credentials only to %2, so this recording cannot be downloaded here; open it in a browser where you are signed in.</source>
        <translation>El servidor de la grabación %1 pide credenciales (HTTP 401). Call Review solo envía credenciales a %2, así que esta grabación no se puede descargar aquí; ábrala en un navegador en el que haya iniciado sesión.</translation>
    </message>
    <message>
        <source>Twilio rejected the Account SID and Auth Token (HTTP 401). Check them (Recording Credentials… in the player) and try again.</source>
        <translation>Twilio rechazó el SID de la cuenta y el token de autenticación (HTTP 401). Compruébelos (Credenciales de la grabación… en el reproductor) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This recording needs credentials (HTTP 401 from %1). Enter your Twilio Account SID and Auth Token (Recording Credentials… in the player, or the TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN environment variables) and try again.</source>
        <translation>Esta grabación necesita credenciales (HTTP 401 de %1). Introduzca el SID de su cuenta de Twilio y el token de autenticación (Credenciales de la grabación… en el reproductor, o las variables de entorno TWILIO_ACCOUNT_SID y TWILIO_AUTH_TOKEN) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The download was canceled.</source>
        <translation>Se canceló la descarga.</translation>
    </message>
    <message>
        <source>The recording host refused access to the recording (HTTP 403). Check that the account may read it.</source>
        <translation>El servidor de la grabación denegó el acceso (HTTP 403). Compruebe que la cuenta tiene permiso para leerla.</translation>
    </message>
    <message>
        <source>The recording is no longer on the host (HTTP 404); it may have been deleted.</source>
        <translation>La grabación ya no está en el servidor (HTTP 404); puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>The recording host answered with an error (%1). Try again later.</source>
        <translation>El servidor de la grabación respondió con un error (%1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The recording host stopped answering. Check the connection and try again.</source>
        <translation>El servidor de la grabación dejó de responder. Compruebe la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection to the recording host failed (%1); nothing was downloaded.</source>
        <translation>La conexión segura con el servidor de la grabación falló (%1); no se descargó nada.</translation>
    </message>
    <message>
        <source>The recording download was stopped: %1.</source>
        <translation>Se detuvo la descarga de la grabación: %1.</translation>
    </message>
    <message>
        <source>The recording is larger than %1 MB and was not downloaded.</source>
        <translation>La grabación ocupa más de %1 MB y no se descargó.</translation>
    </message>
    <message>
        <source>The recording could not be stored in %1 (%2). Free some disk space and try again.</source>
        <translation>No se pudo guardar la grabación en %1 (%2). Libere espacio en el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not download the recording: %1. Check the network connection.</source>
        <translation>No se pudo descargar la grabación: %1. Compruebe la conexión de red.</translation>
    </message>
    <message>
        <source>Could not download the recording: %1.</source>
        <translation>No se pudo descargar la grabación: %1.</translation>
    </message>
</context>
<context>
    <name>RecordingUrlPolicy</name>
    <message>
        <source>The recording address starts with "%1:", which Call Review does not open. Only http and https recordings are opened.</source>
        <translation>La dirección de la grabación empieza por «%1:», que Call Review no abre. Solo se abren grabaciones http y https.</translation>
    </message>
    <message>
        <source>The recording address "%1" is not a valid web address, so the recording cannot be downloaded.</source>
        <translation>La dirección de la grabación «%1» no es una dirección web válida, así que la grabación no se puede descargar.</translation>
    </message>
    <message>
        <source>No recording for this call.</source>
        <translation>Esta llamada no tiene grabación.</translation>
    </message>
</context>
<context>
    <name>RedactionOptions</name>
    <message>
        <source>Hide phone numbers and e-mail addresses</source>
        <translation>Ocultar números de teléfono y direcciones de correo</translation>
    </message>
    <message>
        <source>Hide the caller's name</source>
        <translation>Ocultar el nombre del cliente</translation>
    </message>
    <message>
        <source>Also hides phone numbers and e-mail addresses.</source>
        <translation>También oculta los números de teléfono y las direcciones de correo.</translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message>
        <source>[phone]</source>
        <translation>[teléfono]</translation>
    </message>
    <message>
        <source>[email]</source>
        <translation>[correo]</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[nombre]</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Pass</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Necesita mejoras</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>No aprobada</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Sin veredicto</translation>
    </message>
</context>
<context>
    <name>ReviewCategory</name>
    <message>
        <source>Wrong information</source>
        <translation>Información errónea</translation>
    </message>
    <message>
        <source>Misunderstood the caller</source>
        <translation>No entendió al cliente</translation>
    </message>
    <message>
        <source>Repeated itself</source>
        <translation>Se repitió</translation>
    </message>
    <message>
        <source>Ignored a request</source>
        <translation>Ignoró una petición</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Should have escalated</source>
        <translation>Debió derivar a una persona</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ReviewDatabase</name>
    <message>
        <source>"%1" is not a database URL: write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>"%1" no es una URL de base de datos: escriba postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The review database URL must start with postgresql:// (got "%1:"); leave it empty for the local SQLite file.</source>
        <translation>La URL de la base de datos de revisiones debe empezar por postgresql:// (se recibió "%1:"); déjela vacía para el archivo SQLite local.</translation>
    </message>
    <message>
        <source>The review database URL must not contain a password: store it in the system keychain (Settings), or in PGPASSFILE or ~/.pgpass.</source>
        <translation>La URL de la base de datos de revisiones no debe contener una contraseña: guárdela en el llavero del sistema (Configuración), o en PGPASSFILE o ~/.pgpass.</translation>
    </message>
    <message>
        <source>The port of the review database URL must be a number from 1 to 65535 (got "%1").</source>
        <translation>El puerto de la URL de la base de datos de revisiones debe ser un número de 1 a 65535 (se recibió "%1").</translation>
    </message>
    <message>
        <source>The review database URL names no database: add it after the host, as in postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>La URL de la base de datos de revisiones no indica ninguna base de datos: añádala después del host, como en postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>"%1" is not a database name (it contains a '/').</source>
        <translation>"%1" no es un nombre de base de datos (contiene una '/').</translation>
    </message>
    <message>
        <source>The review database URL takes only the parameter sslmode (got "%1").</source>
        <translation>La URL de la base de datos de revisiones solo admite el parámetro sslmode (se recibió "%1").</translation>
    </message>
    <message>
        <source>sslmode takes one of %1 (got "%2").</source>
        <translation>sslmode admite uno de estos valores: %1 (se recibió "%2").</translation>
    </message>
    <message>
        <source>The review database URL cannot have a '#' part.</source>
        <translation>La URL de la base de datos de revisiones no puede tener una parte '#'.</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is missing (install libqt6sql6-sqlite).</source>
        <translation>falta el controlador SQLite de Qt (instale libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is missing (install libqt6sql6-psql).</source>
        <translation>falta el controlador PostgreSQL de Qt (instale libqt6sql6-psql).</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Reviews cannot be saved until this is fixed; restart Call Review afterwards.</source>
        <translation>Las revisiones no se pueden guardar hasta que se corrija esto; después reinicie Call Review.</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;visión</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Hallazgos</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>The queue is empty. Paste or load call IDs first.</source>
        <translation>La cola está vacía. Pegue o cargue antes algunos ID de llamada.</translation>
    </message>
    <message>
        <source>Open a call first.</source>
        <translation>Abra antes una llamada.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, one row per call (*.csv)</source>
        <translation>CSV, una fila por llamada (*.csv)</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>Exportar informe de revisión</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Elija otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Sco&amp;recard</source>
        <translation>&amp;Ficha de evaluación</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>The shared review database %1 records who makes each change. Your name:</source>
        <translation>La base de datos de revisiones compartida %1 registra quién hace cada cambio. Su nombre:</translation>
    </message>
    <message>
        <source>The shared review database %1 needs your name (Settings).</source>
        <translation>La base de datos de revisiones compartida %1 necesita su nombre (Configuración).</translation>
    </message>
</context>
<context>
    <name>ReviewMerge</name>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(sin resumen)</translation>
    </message>
</context>
<context>
    <name>ReviewMergeDialog</name>
    <message>
        <source>Merge Changes to the Review of Call %1</source>
        <translation>Combinar los cambios en la revisión de la llamada %1</translation>
    </message>
    <message>
        <source>%1 while you were editing this review. Nothing of yours is saved yet and nothing of theirs is overwritten: choose what the review keeps.</source>
        <translation>%1 mientras usted editaba esta revisión. Aún no se ha guardado nada suyo ni se ha sobrescrito nada de la otra parte: elija qué conserva la revisión.</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (suyo)</translation>
    </message>
    <message>
        <source>%1 (theirs)</source>
        <translation>%1 (de la otra parte)</translation>
    </message>
    <message>
        <source>flags (%1)</source>
        <translation>marcas (%1)</translation>
    </message>
    <message>
        <source>Changed on one side only, merged already: %1.</source>
        <translation>Cambiado en un solo lado, ya combinado: %1.</translation>
    </message>
    <message>
        <source>&amp;Flags to keep (yours and theirs are both kept unless you untick one):</source>
        <translation>&amp;Marcas que se conservan (se conservan las suyas y las de la otra parte salvo que desmarque alguna):</translation>
    </message>
    <message>
        <source>Keep &amp;Mine for All</source>
        <translation>&amp;Conservar lo mío en todo</translation>
    </message>
    <message>
        <source>Take &amp;Theirs for All</source>
        <translation>&amp;Tomar lo de la otra parte en todo</translation>
    </message>
    <message>
        <source>&amp;Save Merged</source>
        <translation>&amp;Guardar combinado</translation>
    </message>
    <message>
        <source>Your changes stay in the review panel, not saved.</source>
        <translation>Sus cambios se quedan en el panel de revisión, sin guardar.</translation>
    </message>
    <message>
        <source>Another reviewer</source>
        <translation>Otro revisor</translation>
    </message>
    <message>
        <source>Saved by %1 at %2</source>
        <translation>Guardado por %1 a las %2</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>Guardado por %1</translation>
    </message>
    <message>
        <source>Your summary</source>
        <translation>Su resumen</translation>
    </message>
    <message>
        <source>Their summary</source>
        <translation>Resumen de la otra parte</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Suyo</translation>
    </message>
    <message>
        <source>Yours: </source>
        <translation>Suyo: </translation>
    </message>
    <message>
        <source>Theirs: </source>
        <translation>De la otra parte: </translation>
    </message>
    <message>
        <source>Turn %1 · %2</source>
        <translation>Turno %1 · %2</translation>
    </message>
    <message>
        <source>(changed on both sides)</source>
        <translation>(cambiado en ambos lados)</translation>
    </message>
    <message>
        <source>(not in theirs)</source>
        <translation>(no está en la otra parte)</translation>
    </message>
    <message>
        <source>(not in yours)</source>
        <translation>(no está en la suya)</translation>
    </message>
    <message>
        <source>&amp;Discard My Changes</source>
        <translation>&amp;Descartar mis cambios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Another call is being opened: your changes to this review are dropped, theirs stay.</source>
        <translation>Se está abriendo otra llamada: sus cambios en esta revisión se descartan y los de la otra parte se quedan.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Click again to clear the verdict.</source>
        <translation>Vuelva a hacer clic para quitar el veredicto.</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source> / 100</source>
        <translation> / 100</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>What went well, what went wrong</source>
        <translation>Qué salió bien y qué salió mal</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Veredicto:</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>&amp;Puntuación:</translation>
    </message>
    <message>
        <source>Revie&amp;wer:</source>
        <translation>&amp;Revisor:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Re&amp;sumen:</translation>
    </message>
    <message>
        <source>C&amp;ategories…</source>
        <translation>Ca&amp;tegorías…</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>E&amp;xportar informe…</translation>
    </message>
    <message>
        <source>Flags (right-click a turn to add one):</source>
        <translation>Marcas (haga clic derecho en un turno para añadir una):</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamada %1</translation>
    </message>
    <message>
        <source>Open a call to review it.</source>
        <translation>Abra una llamada para revisarla.</translation>
    </message>
    <message>
        <source>Reviewed %1</source>
        <translation>Revisada: %1</translation>
    </message>
    <message>
        <source>Turn %1 · %2</source>
        <translation>Turno %1 · %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source> Your edits are kept here; the next edit tries again.</source>
        <translation> Sus cambios se conservan aquí; el próximo cambio lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Categories Not Saved</source>
        <translation>Categorías no guardadas</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Co&amp;mbinar…</translation>
    </message>
    <message>
        <source>Someone saved this review after you opened it: choose what to keep of yours and theirs.</source>
        <translation>Alguien guardó esta revisión después de que usted la abriera: elija qué conservar de lo suyo y de lo de la otra parte.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>, %1/100</source>
        <translation>, %1/100</translation>
    </message>
    <message>
        <source>Other reviewers: %1</source>
        <translation>Otros revisores: %1</translation>
    </message>
    <message>
        <source>Their own reviews of this call; read-only here.</source>
        <translation>Sus propias revisiones de esta llamada; aquí solo de lectura.</translation>
    </message>
    <message>
        <source>Not saved: changed elsewhere</source>
        <translation>Sin guardar: cambiada en otro lugar</translation>
    </message>
    <message>
        <source> Your edits are kept here; Merge… to save them with theirs.</source>
        <translation> Sus cambios se conservan aquí; Combinar… para guardarlos junto con los de la otra parte.</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a list of call IDs.</source>
        <translation>%1 es demasiado grande para una lista de ID de llamada.</translation>
    </message>
    <message>
        <source>%1 holds no call IDs (one per line).</source>
        <translation>%1 no contiene ID de llamada (uno por línea).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reviewed</source>
        <translation>
            <numerusform>%1 de %n revisada</numerusform>
            <numerusform>%1 de %n revisadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>&amp;Next Call in Queue</source>
        <translation>&amp;Siguiente llamada de la cola</translation>
    </message>
    <message>
        <source>&amp;Previous Call in Queue</source>
        <translation>Llamada anterior de la c&amp;ola</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next call (Alt+N or Ctrl+])</source>
        <translation>Llamada siguiente (Alt+N o Ctrl+])</translation>
    </message>
    <message>
        <source>Previous call (Alt+P or Ctrl+[)</source>
        <translation>Llamada anterior (Alt+P o Ctrl+[)</translation>
    </message>
    <message>
        <source>Pa&amp;ste IDs…</source>
        <translation>&amp;Pegar ID…</translation>
    </message>
    <message>
        <source>&amp;Load List…</source>
        <translation>Cargar &amp;lista…</translation>
    </message>
    <message>
        <source>Export Queue &amp;Report…</source>
        <translation>Exportar &amp;informe de la cola…</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas las llamadas</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>No calls queued: paste or load call IDs.</source>
        <translation>No hay llamadas en la cola: pegue o cargue ID de llamada.</translation>
    </message>
    <message>
        <source>No call IDs found. Paste one ID per line.</source>
        <translation>No se encontró ningún ID de llamada. Pegue un ID por línea.</translation>
    </message>
    <message numerus="yes">
        <source>Entries skipped as not call IDs: %n (%1)</source>
        <translation>
            <numerusform>Entradas omitidas por no ser ID de llamada: %n (%1)</numerusform>
            <numerusform>Entradas omitidas por no ser ID de llamada: %n (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste Call IDs</source>
        <translation>Pegar ID de llamada</translation>
    </message>
    <message>
        <source>One call ID per line (call URLs work too)</source>
        <translation>Un ID de llamada por línea (también sirven las URL de las llamadas)</translation>
    </message>
    <message>
        <source>These calls replace the current queue. Reviews are kept.</source>
        <translation>Estas llamadas sustituyen a la cola actual. Las revisiones se conservan.</translation>
    </message>
    <message>
        <source>Load Call IDs</source>
        <translation>Cargar ID de llamada</translation>
    </message>
    <message>
        <source>Lists of call IDs (*.txt *.csv);;All files (*)</source>
        <translation>Listas de ID de llamada (*.txt *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
</context>
<context>
    <name>ReviewReportExporter</name>
    <message>
        <source>Turn %1 · %2</source>
        <translation>Turno %1 · %2</translation>
    </message>
    <message>
        <source>Review of call %1</source>
        <translation>Revisión de la llamada %1</translation>
    </message>
    <message numerus="yes">
        <source>Review report: %n calls</source>
        <translation>
            <numerusform>Informe de revisión: %n llamada</numerusform>
            <numerusform>Informe de revisión: %n llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamada %1</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Veredicto:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Puntuación:</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 de 100</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Revisor:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation>Revisada:</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Flags (%1)</source>
        <translation>Marcas (%1)</translation>
    </message>
    <message>
        <source>No turns flagged.</source>
        <translation>No hay turnos marcados.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Reviewed at (UTC)</source>
        <translation>Revisada el (UTC)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>PDF reports are written by ReviewPdfExporter.</source>
        <translation>Los informes PDF los escribe ReviewPdfExporter.</translation>
    </message>
    <message>
        <source>no answer measured</source>
        <translation>ninguna respuesta medida</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 (%2 by the assistant)</source>
        <translation>%1 (%2 del asistente)</translation>
    </message>
    <message>
        <source>Assistant's P90 latency:</source>
        <translation>Latencia P90 del asistente:</translation>
    </message>
    <message>
        <source>Barge-ins:</source>
        <translation>Interrupciones:</translation>
    </message>
    <message>
        <source>Assistant's P90 latency</source>
        <translation>Latencia P90 del asistente</translation>
    </message>
    <message>
        <source>Barge-ins</source>
        <translation>Interrupciones</translation>
    </message>
    <message>
        <source>Assistant P90 latency (ms)</source>
        <translation>Latencia P90 del asistente (ms)</translation>
    </message>
    <message>
        <source>Flag times</source>
        <translation>Tiempos de las marcas</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>The review database is closed.</source>
        <translation>La base de datos de revisiones está cerrada.</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Could not open the review database %1: %2</source>
        <translation>No se pudo abrir la base de datos de revisiones %1: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created.</source>
        <translation>no se puede crear la carpeta.</translation>
    </message>
    <message>
        <source>Could not save to the review database: %1</source>
        <translation>No se pudo guardar en la base de datos de revisiones: %1</translation>
    </message>
    <message>
        <source>The review of %1 was changed in another window or by another reviewer since it was opened; this change was not saved, so as not to overwrite theirs.</source>
        <translation>La revisión de %1 ha cambiado en otra ventana o por otro revisor desde que se abrió; este cambio no se ha guardado para no sobrescribir el suyo.</translation>
    </message>
</context>
<context>
    <name>ReviewTransfer</name>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena de texto</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be "bot", "human" or ""</source>
        <translation>debe ser "bot", "human" o ""</translation>
    </message>
    <message>
        <source>must be one of pass, needs_work, fail, none (got "%1")</source>
        <translation>debe ser uno de pass, needs_work, fail, none (se recibió "%1")</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, or null</source>
        <translation>debe ser un número entero de %1 a %2, o null</translation>
    </message>
    <message>
        <source>must be an ISO-8601 time</source>
        <translation>debe ser una hora ISO-8601</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser un array</translation>
    </message>
    <message>
        <source>$: not valid JSON at byte %1 (%2)</source>
        <translation>$: JSON no válido en el byte %1 (%2)</translation>
    </message>
    <message>
        <source>$: must be an object {"reviews": [...]}</source>
        <translation>$: debe ser un objeto {"reviews": [...]}</translation>
    </message>
    <message>
        <source>$.reviews: must be an array</source>
        <translation>$.reviews: debe ser un array</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB</source>
        <translation>%1: mayor de %2 MB</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation>%1: %2 (no se ha importado nada)</translation>
    </message>
    <message>
        <source>%1.call_id: "%2" by "%3" appears twice in the file</source>
        <translation>%1.call_id: "%2" de "%3" aparece dos veces en el archivo</translation>
    </message>
    <message>
        <source>must be a whole number from 1 (turns are numbered as in the window)</source>
        <translation>debe ser un número entero a partir de 1 (los turnos se numeran como en la ventana)</translation>
    </message>
</context>
<context>
    <name>ReviewWiring</name>
    <message>
        <source>&amp;Review Panel</source>
        <translation>Panel de &amp;revisión</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Scorecard &amp;Forms…</source>
        <translation>&amp;Formularios de fichas de evaluación…</translation>
    </message>
</context>
<context>
    <name>ReviewsCommand</name>
    <message>
        <source>The saved review database is not usable: %1</source>
        <translation>La base de datos de revisiones guardada no se puede usar: %1</translation>
    </message>
    <message>
        <source>The shared review database %1 needs your name for its audit log: give --reviewer NAME, or set it in the window (Review panel or Settings).</source>
        <translation>La base de datos de revisiones compartida %1 necesita su nombre para su registro de auditoría: indique --reviewer NAME o configúrelo en la ventana (panel de revisión o Configuración).</translation>
    </message>
    <message>
        <source>--set-review-db-password needs a shared database: give --review-db postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>--set-review-db-password necesita una base de datos compartida: indique --review-db postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>No se ha podido leer la entrada estándar.</translation>
    </message>
    <message>
        <source>No password on standard input: callreview --review-db URL --set-review-db-password &lt; passwordfile</source>
        <translation>No hay ninguna contraseña en la entrada estándar: callreview --review-db URL --set-review-db-password &lt; passwordfile</translation>
    </message>
    <message>
        <source>The password was not stored. %1 Put it in PGPASSFILE or ~/.pgpass instead.</source>
        <translation>No se ha guardado la contraseña. %1 Póngala en PGPASSFILE o ~/.pgpass en su lugar.</translation>
    </message>
    <message>
        <source>The password of %1 is stored in the system keychain.</source>
        <translation>La contraseña de %1 está guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Importadas: %1 nuevas, %2 actualizadas, %3 sin cambios.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n review(s).</source>
        <translation>
            <numerusform>Se ha exportado %n revisión.</numerusform>
            <numerusform>Se han exportado %n revisiones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>the migrations are out of order (found %1 at place %2).</source>
        <translation>las migraciones están desordenadas (se encontró %1 en la posición %2).</translation>
    </message>
    <message>
        <source>it is not a readable database.</source>
        <translation>no es una base de datos legible.</translation>
    </message>
    <message>
        <source>it was written by a newer Call Review (schema %1, this version reads up to %2). Update Call Review.</source>
        <translation>la escribió un Call Review más reciente (esquema %1; esta versión lee hasta el %2). Actualice Call Review.</translation>
    </message>
    <message>
        <source>migration to schema %1 (%2) failed: %3</source>
        <translation>ha fallado la migración al esquema %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>el archivo ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>--score needs a form file and --answers an answers file</source>
        <translation>--score necesita un archivo de formulario y --answers un archivo de respuestas</translation>
    </message>
    <message>
        <source>(and 1 more problem)</source>
        <translation>(y 1 problema más)</translation>
    </message>
    <message>
        <source>(and %1 more problems)</source>
        <translation>(y %1 problemas más)</translation>
    </message>
    <message>
        <source>Could not write the result.</source>
        <translation>No se ha podido escribir el resultado.</translation>
    </message>
</context>
<context>
    <name>ScorecardForm</name>
    <message>
        <source>the question has no text</source>
        <translation>la pregunta no tiene texto</translation>
    </message>
    <message>
        <source>only a choice question has options</source>
        <translation>solo una pregunta de opción tiene opciones</translation>
    </message>
    <message>
        <source>max (%1) must be above min (%2)</source>
        <translation>max (%1) debe ser mayor que min (%2)</translation>
    </message>
    <message>
        <source>a choice question needs at least 2 options</source>
        <translation>una pregunta de opción necesita al menos 2 opciones</translation>
    </message>
    <message>
        <source>the option has no label</source>
        <translation>la opción no tiene etiqueta</translation>
    </message>
    <message>
        <source>"na" is reserved for N/A</source>
        <translation>"na" está reservado para N/A</translation>
    </message>
    <message>
        <source>"%1" is used by another option</source>
        <translation>"%1" ya lo usa otra opción</translation>
    </message>
    <message>
        <source>points must be 0 or more</source>
        <translation>los puntos deben ser 0 o más</translation>
    </message>
    <message>
        <source>at least one option must be worth points</source>
        <translation>al menos una opción debe valer puntos</translation>
    </message>
    <message>
        <source>the form has no name</source>
        <translation>el formulario no tiene nombre</translation>
    </message>
    <message>
        <source>the version must be 1 or more</source>
        <translation>la versión debe ser 1 o mayor</translation>
    </message>
    <message>
        <source>the form has no groups</source>
        <translation>el formulario no tiene grupos</translation>
    </message>
    <message>
        <source>the group has no name</source>
        <translation>el grupo no tiene nombre</translation>
    </message>
    <message>
        <source>"%1" names another group too</source>
        <translation>"%1" también es el nombre de otro grupo</translation>
    </message>
    <message>
        <source>the weight must be 0 or more</source>
        <translation>el peso debe ser 0 o más</translation>
    </message>
    <message>
        <source>the group has no questions</source>
        <translation>el grupo no tiene preguntas</translation>
    </message>
    <message>
        <source>the question has no id</source>
        <translation>la pregunta no tiene id</translation>
    </message>
    <message>
        <source>"%1" is also the id of %2</source>
        <translation>"%1" también es el id de %2</translation>
    </message>
    <message>
        <source>every group has weight 0: at least one must count in the total</source>
        <translation>todos los grupos tienen peso 0: al menos uno debe contar en el total</translation>
    </message>
</context>
<context>
    <name>ScorecardFormsDialog</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Scorecard Forms</source>
        <translation>Formularios de fichas de evaluación</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Import Scorecard Form</source>
        <translation>Importar formulario de ficha de evaluación</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Scorecard Form</source>
        <translation>Exportar formulario de ficha de evaluación</translation>
    </message>
    <message>
        <source>A published version never changes: import a changed form with the same name to make its next version.</source>
        <translation>Una versión publicada nunca cambia: importe un formulario modificado con el mismo nombre para crear su siguiente versión.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se ha podido leer %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>No se ha importado %1: %2</translation>
    </message>
    <message>
        <source>Imported "%1" as version %2.</source>
        <translation>Se ha importado "%1" como versión %2.</translation>
    </message>
    <message>
        <source>"%1" is already stored as version %2; nothing changed.</source>
        <translation>"%1" ya está guardado como versión %2; no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Select a form or a version to export.</source>
        <translation>Seleccione un formulario o una versión para exportar.</translation>
    </message>
    <message>
        <source>Exported version %1 of "%2" to %3.</source>
        <translation>Se ha exportado la versión %1 de "%2" a %3.</translation>
    </message>
</context>
<context>
    <name>ScorecardJson</name>
    <message>
        <source>unknown key (expected one of %1)</source>
        <translation>clave desconocida (se esperaba una de %1)</translation>
    </message>
    <message>
        <source>missing (expected a string)</source>
        <translation>falta (se esperaba un texto)</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>se esperaba un texto y hay %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>se esperaba true o false y hay %1</translation>
    </message>
    <message>
        <source>missing (expected a number)</source>
        <translation>falta (se esperaba un número)</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>se esperaba un número y hay %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>se esperaba un número entero y hay %1</translation>
    </message>
    <message>
        <source>missing (expected an array)</source>
        <translation>falta (se esperaba una lista)</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>se esperaba una lista y hay %1</translation>
    </message>
    <message>
        <source>missing (expected an object)</source>
        <translation>falta (se esperaba un objeto)</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto y hay %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, found an array</source>
        <translation>se esperaba un objeto JSON en el nivel superior y hay una lista</translation>
    </message>
    <message>
        <source>expected a string like the first option, found %1</source>
        <translation>se esperaba un texto como la primera opción y hay %1</translation>
    </message>
    <message>
        <source>expected one of yes_no, scale, choice, found "%1"</source>
        <translation>se esperaba yes_no, scale o choice y hay "%1"</translation>
    </message>
    <message>
        <source>only a scale question has min and max</source>
        <translation>solo una pregunta de escala tiene min y max</translation>
    </message>
    <message>
        <source>only a choice question has options</source>
        <translation>solo una pregunta de opción tiene opciones</translation>
    </message>
    <message>
        <source>expected one of never, on_fail, always, found "%1"</source>
        <translation>se esperaba never, on_fail o always y hay "%1"</translation>
    </message>
    <message>
        <source>expected "yes", "no", "na", a number or an option label, found %1</source>
        <translation>se esperaba "yes", "no", "na", un número o la etiqueta de una opción y hay %1</translation>
    </message>
    <message>
        <source>expected a finding kind such as "repetition-cycle", found "%1"</source>
        <translation>se esperaba un tipo de hallazgo como "repetition-cycle", se encontró "%1"</translation>
    </message>
    <message>
        <source>missing (expected "yes", "no", a number or an option label)</source>
        <translation>falta (se esperaba "yes", "no", un número o la etiqueta de una opción)</translation>
    </message>
    <message>
        <source>expected "yes", "no", a number or an option label, found %1</source>
        <translation>se esperaba "yes", "no", un número o la etiqueta de una opción, se encontró %1</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formulario:</translation>
    </message>
    <message>
        <source>No scorecard</source>
        <translation>Sin ficha de evaluación</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Open a call to score it.</source>
        <translation>Abra una llamada para puntuarla.</translation>
    </message>
    <message>
        <source>Pick a form to score this call against; import forms with Review &gt; Scorecard Forms…</source>
        <translation>Elija un formulario con el que puntuar esta llamada; importe formularios con Revisión &gt; Formularios de fichas de evaluación…</translation>
    </message>
    <message>
        <source>Score %1 · Critical %2</source>
        <translation>Puntuación %1 · Crítica %2</translation>
    </message>
    <message>
        <source>Fatal: %1</source>
        <translation>Fatal: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (weight %3)</source>
        <translation>%1 — %2 (peso %3)</translation>
    </message>
    <message>
        <source>The scorecard needs a comment on "%1" before the review is done.</source>
        <translation>La ficha de evaluación necesita un comentario en "%1" antes de terminar la revisión.</translation>
    </message>
    <message>
        <source>The scorecard needs an answer to "%1" before the review is done.</source>
        <translation>La ficha de evaluación necesita una respuesta a "%1" antes de terminar la revisión.</translation>
    </message>
    <message>
        <source>Next / previous question</source>
        <translation>Pregunta siguiente / anterior</translation>
    </message>
    <message>
        <source>Down / Up, Tab / Shift+Tab</source>
        <translation>Abajo / Arriba, Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Answer yes / no</source>
        <translation>Responder sí / no</translation>
    </message>
    <message>
        <source>Y / N</source>
        <translation>Y / N</translation>
    </message>
    <message>
        <source>Answer N/A</source>
        <translation>Responder N/A</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Scale value, or the n-th option</source>
        <translation>Valor de la escala, o la opción n-ésima</translation>
    </message>
    <message>
        <source>0–9</source>
        <translation>0–9</translation>
    </message>
    <message>
        <source>Accept the suggested answer</source>
        <translation>Aceptar la respuesta sugerida</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>The scorecard needs a comment on "%1" before you submit.</source>
        <translation>La ficha de evaluación necesita un comentario en "%1" antes de enviarla.</translation>
    </message>
    <message>
        <source>The scorecard needs an answer to "%1" before you submit.</source>
        <translation>La ficha de evaluación necesita una respuesta a "%1" antes de enviarla.</translation>
    </message>
    <message>
        <source>The Scorecard tab shows your calibration answers: submit them or leave calibration before giving the call a verdict.</source>
        <translation>La pestaña de la ficha de evaluación muestra sus respuestas de calibración: envíelas o salga de la calibración antes de dar un veredicto a la llamada.</translation>
    </message>
</context>
<context>
    <name>ScorecardQuestionRow</name>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>(fatal)</source>
        <translation>(fatal)</translation>
    </message>
    <message>
        <source>(critical)</source>
        <translation>(crítica)</translation>
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
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Answer with the suggestion (Ctrl+Enter)</source>
        <translation>Responder con la sugerencia (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation>Comentario (obligatorio)</translation>
    </message>
    <message>
        <source>Comment (required when not full marks)</source>
        <translation>Comentario (obligatorio si no es la puntuación máxima)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Tecla: %1</translation>
    </message>
</context>
<context>
    <name>ScorecardReport</name>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Scorecard: %1</source>
        <translation>Ficha de evaluación: %1</translation>
    </message>
    <message>
        <source>Total score:</source>
        <translation>Puntuación total:</translation>
    </message>
    <message>
        <source>Critical score:</source>
        <translation>Puntuación crítica:</translation>
    </message>
    <message>
        <source>Fatal:</source>
        <translation>Fatal:</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Puntuación total</translation>
    </message>
    <message>
        <source>Critical score</source>
        <translation>Puntuación crítica</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <source>Scorecard score</source>
        <translation>Puntuación de la ficha de evaluación</translation>
    </message>
</context>
<context>
    <name>ScorecardScorer</name>
    <message>
        <source>expected "yes" or "no", found %1</source>
        <translation>se esperaba "yes" o "no" y hay %1</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>se esperaba un número entero de %1 a %2 y hay %3</translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation>se esperaba una de %1 y hay %2</translation>
    </message>
    <message>
        <source>the answers are for form %1, not %2</source>
        <translation>las respuestas son del formulario %1, no de %2</translation>
    </message>
    <message>
        <source>the answers are for version %1 of form %2, the form is version %3</source>
        <translation>las respuestas son de la versión %1 del formulario %2 y el formulario es la versión %3</translation>
    </message>
    <message>
        <source>question %1 has no answer (answer "na" if it does not apply)</source>
        <translation>la pregunta %1 no tiene respuesta (responda "na" si no procede)</translation>
    </message>
    <message>
        <source>question %1 has no answer</source>
        <translation>la pregunta %1 no tiene respuesta</translation>
    </message>
    <message>
        <source>question %1 cannot be answered "na"</source>
        <translation>la pregunta %1 no admite la respuesta "na"</translation>
    </message>
    <message>
        <source>question %1: %2</source>
        <translation>pregunta %1: %2</translation>
    </message>
    <message>
        <source>question %1 needs a comment</source>
        <translation>la pregunta %1 necesita un comentario</translation>
    </message>
    <message>
        <source>question %1 needs a comment: it did not earn full points</source>
        <translation>la pregunta %1 necesita un comentario: no obtuvo todos los puntos</translation>
    </message>
    <message>
        <source>question %1 is not in form %2 version %3</source>
        <translation>la pregunta %1 no está en el formulario %2, versión %3</translation>
    </message>
</context>
<context>
    <name>ScorecardStore</name>
    <message>
        <source>Could not store version %1 of the form "%2"</source>
        <translation>No se ha podido guardar la versión %1 del formulario "%2"</translation>
    </message>
    <message>
        <source>that version is published and never changes; save the changes as version %1.</source>
        <translation>esa versión está publicada y no cambia nunca; guarde los cambios como versión %1.</translation>
    </message>
    <message>
        <source>version %1 of the form "%2" is not in the store.</source>
        <translation>la versión %1 del formulario "%2" no está guardada.</translation>
    </message>
    <message>
        <source>the form has no question "%1".</source>
        <translation>el formulario no tiene la pregunta "%1".</translation>
    </message>
    <message>
        <source>Could not save the scorecard of call %1</source>
        <translation>No se ha podido guardar la evaluación de la llamada %1</translation>
    </message>
    <message>
        <source>Could not remove the scorecard of call %1</source>
        <translation>No se ha podido eliminar la evaluación de la llamada %1</translation>
    </message>
</context>
<context>
    <name>ScorecardSuggestions</name>
    <message>
        <source>Suggested: %1 — %2</source>
        <translation>Sugerido: %1 — %2</translation>
    </message>
    <message>
        <source>Suggested: %1 — %2 at turn %3</source>
        <translation>Sugerido: %1 — %2 en el turno %3</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
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
        <source>unknown finding kind "%1" (expected one of %2)</source>
        <translation>tipo de hallazgo desconocido "%1" (se esperaba uno de %2)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Remove Key</source>
        <translation>&amp;Quitar clave</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Paste a new key to replace the current one</source>
        <translation>Pegue una clave nueva para sustituir la actual</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Clave de la API nueva</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>&amp;URL base de la API:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de la API:</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Clave &amp;nueva:</translation>
    </message>
    <message>
        <source>✓ </source>
        <translation>✓ </translation>
    </message>
    <message>
        <source>✗ </source>
        <translation>✗ </translation>
    </message>
    <message>
        <source>Will be removed when you press OK.</source>
        <translation>Se quitará cuando pulse Aceptar.</translation>
    </message>
    <message>
        <source>None. Paste your Anunzi API key below.</source>
        <translation>Ninguna. Pegue debajo su clave de la API de Anunzi.</translation>
    </message>
    <message>
        <source>None. %1 A key you paste below is kept for this session only.</source>
        <translation>Ninguna. %1 La clave que pegue debajo se conservará solo durante esta sesión.</translation>
    </message>
    <message>
        <source>%1, from the ANUNZI_API_KEY environment variable.</source>
        <translation>%1, de la variable de entorno ANUNZI_API_KEY.</translation>
    </message>
    <message>
        <source>%1, stored in the system keychain.</source>
        <translation>%1, guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>%1, for this session only (the system keychain is not available).</source>
        <translation>%1, solo durante esta sesión (el llavero del sistema no está disponible).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>A silence at least this long before a turn is reported as dead air in the timing findings.</source>
        <translation>Un silencio de al menos esta duración antes de un turno se notifica como silencio en los hallazgos de tiempos.</translation>
    </message>
    <message>
        <source>Empty: this computer only (SQLite)</source>
        <translation>Vacío: solo este equipo (SQLite)</translation>
    </message>
    <message>
        <source>A team's PostgreSQL database, as postgresql://USER@HOST:PORT/DATABASE?sslmode=require. No password here: it comes from the system keychain or PGPASSFILE/~/.pgpass. Takes effect the next time Call Review starts.</source>
        <translation>La base de datos PostgreSQL de un equipo, como postgresql://USER@HOST:PORT/DATABASE?sslmode=require. Sin contraseña aquí: se obtiene del llavero del sistema o de PGPASSFILE/~/.pgpass. Se aplica la próxima vez que se inicie Call Review.</translation>
    </message>
    <message>
        <source>Your name (required with a shared database)</source>
        <translation>Su nombre (obligatorio con una base de datos compartida)</translation>
    </message>
    <message>
        <source>&amp;Dead air from:</source>
        <translation>&amp;Silencio a partir de:</translation>
    </message>
    <message>
        <source>Shared review &amp;database:</source>
        <translation>&amp;Base de datos de revisiones compartida:</translation>
    </message>
    <message>
        <source>Revie&amp;wer name:</source>
        <translation>Nombre del &amp;revisor:</translation>
    </message>
    <message>
        <source>A shared review database needs your name: every change there records who made it.</source>
        <translation>Una base de datos de revisiones compartida necesita su nombre: cada cambio en ella registra quién lo hizo.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Review &gt; Scorecard</source>
        <translation>Revisión &gt; Ficha de evaluación</translation>
    </message>
    <message>
        <source>Review &gt; Calibration</source>
        <translation>Revisión &gt; Calibración</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>the database is not open.</source>
        <translation>la base de datos no está abierta.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Add API &amp;Key…</source>
        <translation>Añadir &amp;clave de la API…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Call</source>
        <translation>Abrir llamada de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Open Saved Call…</source>
        <translation>&amp;Abrir llamada guardada…</translation>
    </message>
    <message>
        <source>Review a call</source>
        <translation>Revise una llamada</translation>
    </message>
    <message>
        <source>To fetch calls from Anunzi, Call Review needs your API key. Add it with Add API Key (it is kept in the system keychain), or start Call Review with the ANUNZI_API_KEY environment variable set.</source>
        <translation>Para obtener llamadas de Anunzi, Call Review necesita su clave de la API. Añádala con Añadir clave de la API (se guarda en el llavero del sistema) o inicie Call Review con la variable de entorno ANUNZI_API_KEY definida.</translation>
    </message>
    <message>
        <source>Note: %1 A key you add now is kept for this session only.</source>
        <translation>Nota: %1 La clave que añada ahora se conservará solo durante esta sesión.</translation>
    </message>
    <message>
        <source>No key at hand? The demo call shows everything the window can do.</source>
        <translation>¿No tiene una clave a mano? La llamada de demostración muestra todo lo que puede hacer la ventana.</translation>
    </message>
    <message>
        <source>Add your API key to begin</source>
        <translation>Añada su clave de la API para empezar</translation>
    </message>
    <message>
        <source>&amp;Browse Assistants…</source>
        <translation>&amp;Explorar asistentes…</translation>
    </message>
    <message>
        <source>Paste a call ID into the field above (Ctrl+L) and press Enter. A whole pasted line is fine: the ID is picked out of it. No ID? Browse an assistant's calls (Ctrl+B).

You can also open a saved API response (Ctrl+O), drop a .json file here, or look around in the demo call.</source>
        <translation>Pegue un ID de llamada en el campo de arriba (Ctrl+L) y pulse Intro. Puede pegar una línea entera: el ID se extrae de ella. ¿No tiene un ID? Explore las llamadas de un asistente (Ctrl+B).

También puede abrir una respuesta de la API guardada (Ctrl+O), soltar aquí un archivo .json o explorar la llamada de demostración.</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <source>&amp;Calibration…</source>
        <translation>&amp;Calibración…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Assign Calls…</source>
        <translation>&amp;Asignar llamadas…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;My Assignment</source>
        <translation>&amp;Mi asignación</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>My Assignment</source>
        <translation>Mi asignación</translation>
    </message>
    <message>
        <source>Type your name in the Review panel first: assignments are made by reviewer name.</source>
        <translation>Escriba antes su nombre en el panel de revisión: las asignaciones se hacen por nombre de revisor.</translation>
    </message>
    <message>
        <source>No calls are assigned to %1.</source>
        <translation>No hay llamadas asignadas a %1.</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
</context>
<context>
    <name>TimelineCache</name>
    <message>
        <source>The recording cannot be read: %1</source>
        <translation>No se puede leer la grabación: %1</translation>
    </message>
    <message>
        <source>the cache folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta de caché %1</translation>
    </message>
</context>
<context>
    <name>TimelineJson</name>
    <message>
        <source>"call_id" is missing or not a string</source>
        <translation>"call_id" falta o no es un texto</translation>
    </message>
    <message>
        <source>"channel_map" is missing or not an object</source>
        <translation>"channel_map" falta o no es un objeto</translation>
    </message>
    <message>
        <source>"channel_map" needs "bot" and "human", each 0, 1 or "mixed"</source>
        <translation>"channel_map" necesita "bot" y "human", cada uno 0, 1 o "mixed"</translation>
    </message>
    <message>
        <source>"channel_map" must give the two parties different channels, or "mixed" to both</source>
        <translation>"channel_map" debe dar canales distintos a las dos partes, o "mixed" a ambas</translation>
    </message>
    <message>
        <source>"duration_ms" is missing or not a non-negative integer</source>
        <translation>"duration_ms" falta o no es un entero no negativo</translation>
    </message>
    <message>
        <source>"turns" is missing or not an array</source>
        <translation>"turns" falta o no es una lista</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 no es un objeto</translation>
    </message>
    <message>
        <source>%1.turn must be %2</source>
        <translation>%1.turn debe ser %2</translation>
    </message>
    <message>
        <source>%1.speaker must be "bot", "human" or "unknown"</source>
        <translation>%1.speaker debe ser "bot", "human" o "unknown"</translation>
    </message>
    <message>
        <source>%1.start_ms must be an integer within the recording</source>
        <translation>%1.start_ms debe ser un entero dentro de la grabación</translation>
    </message>
    <message>
        <source>%1.end_ms must be an integer from start_ms to the recording's end</source>
        <translation>%1.end_ms debe ser un entero entre start_ms y el final de la grabación</translation>
    </message>
    <message>
        <source>%1.confidence must be a number from 0 to 1</source>
        <translation>%1.confidence debe ser un número de 0 a 1</translation>
    </message>
</context>
<context>
    <name>TimestampFormat</name>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. "2.4 s"; %1 is already formatted for the locale.</extracomment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>TimingFindings</name>
    <message>
        <source>The assistant took %1 to answer.</source>
        <translation>El asistente tardó %1 en responder.</translation>
    </message>
    <message>
        <source>More answers by the assistant slower than %1.</source>
        <translation>Más respuestas del asistente que tardaron más de %1.</translation>
    </message>
    <message>
        <source>The line was silent for %1 before the assistant spoke.</source>
        <translation>La línea estuvo en silencio %1 antes de que hablara el asistente.</translation>
    </message>
    <message>
        <source>The line was silent for %1 before the caller spoke.</source>
        <translation>La línea estuvo en silencio %1 antes de que hablara el cliente.</translation>
    </message>
    <message>
        <source>The line was silent for %1 before this turn.</source>
        <translation>La línea estuvo en silencio %1 antes de este turno.</translation>
    </message>
    <message>
        <source>More silences of %1 or longer.</source>
        <translation>Más silencios de %1 o más.</translation>
    </message>
    <message>
        <source>The assistant spoke over the caller for %1.</source>
        <translation>El asistente habló encima del cliente durante %1.</translation>
    </message>
    <message>
        <source>The caller spoke over the assistant for %1.</source>
        <translation>El cliente habló encima del asistente durante %1.</translation>
    </message>
    <message>
        <source>More turns where the assistant spoke over the caller.</source>
        <translation>Más turnos en los que el asistente habló encima del cliente.</translation>
    </message>
    <message>
        <source>More turns where the caller spoke over the assistant.</source>
        <translation>Más turnos en los que el cliente habló encima del asistente.</translation>
    </message>
    <message>
        <source>The assistant answered once, in %1.</source>
        <translation>El asistente respondió una vez, en %1.</translation>
    </message>
    <message numerus="yes">
        <source>The assistant answered %n times: median %1, 90th percentile %2, slowest %3.</source>
        <translation>
            <numerusform>El asistente respondió %n vez: mediana %1, percentil 90 %2, la más lenta %3.</numerusform>
            <numerusform>El asistente respondió %n veces: mediana %1, percentil 90 %2, la más lenta %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The assistant first spoke %1 into the call.</source>
        <translation>El asistente habló por primera vez a los %1 de la llamada.</translation>
    </message>
    <message>
        <source>Speaking time: the assistant %1% (%2), the caller %3% (%4).</source>
        <translation>Tiempo de habla: el asistente %1% (%2), el cliente %3% (%4).</translation>
    </message>
    <message>
        <source>The longest turn, by the assistant, lasted %1.</source>
        <translation>El turno más largo, del asistente, duró %1.</translation>
    </message>
    <message>
        <source>The longest turn, by the caller, lasted %1.</source>
        <translation>El turno más largo, del cliente, duró %1.</translation>
    </message>
</context>
<context>
    <name>TranscriptDelegate</name>
    <message>
        <source>Turn %1 · %2. Copy it with Ctrl+C, or right-click for more.</source>
        <translation>Turno %1 · %2. Cópielo con Ctrl+C o haga clic derecho para ver más opciones.</translation>
    </message>
    <message>
        <source>Turn %1 · %2</source>
        <translation>Turno %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n marca</numerusform>
            <numerusform>%n marcas</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 (approximate: the recording does not separate this turn clearly). Click to play from here.</source>
        <translation>Hacia %1 (aproximado: la grabación no separa este turno con claridad). Haga clic para reproducir desde aquí.</translation>
    </message>
    <message>
        <source>Starts at %1 in the recording. Click to play from here (Enter).</source>
        <translation>Empieza en %1 de la grabación. Haga clic para reproducir desde aquí (Intro).</translation>
    </message>
</context>
<context>
    <name>TranscriptExporter</name>
    <message>
        <source>Unknown export format.</source>
        <translation>Formato de exportación desconocido.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>nothing to write.</source>
        <translation>no hay nada que escribir.</translation>
    </message>
    <message>
        <source>Subtitles (.%1) need the time of every turn, which comes from the call's recording: open a call that has a recording (on the command line: --recording AUDIO, or --with-timing with a call ID whose recording can be downloaded).</source>
        <translation>Los subtítulos (.%1) necesitan la hora de cada turno, que se obtiene de la grabación de la llamada: abra una llamada con grabación (en la línea de órdenes: --recording AUDIO, o --with-timing con un ID de llamada cuya grabación se pueda descargar).</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Turn %1 · %2</source>
        <translation>Turno %1 · %2</translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n turn(s).</source>
        <translation>
            <numerusform>Se copió %n turno.</numerusform>
            <numerusform>Se copiaron %n turnos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied all %n turn(s).</source>
        <translation>
            <numerusform>Se copió todo (%n turno).</numerusform>
            <numerusform>Se copiaron todos los turnos (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Copy %n Turns</source>
        <translation>
            <numerusform>&amp;Copiar %n turno</numerusform>
            <numerusform>&amp;Copiar %n turnos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Turn</source>
        <translation>&amp;Copiar turno</translation>
    </message>
    <message>
        <source>Copy &amp;All Turns</source>
        <translation>Copiar &amp;todos los turnos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <source>F&amp;lag Turn…</source>
        <translation>&amp;Marcar turno…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>F&amp;lag Turn %1…</source>
        <translation>&amp;Marcar el turno %1…</translation>
    </message>
</context>
<context>
    <name>TranscriptPrinter</name>
    <message>
        <source>Print Transcript</source>
        <translation>Imprimir la transcripción</translation>
    </message>
    <message>
        <source>Open a call first: fetch one by its ID, or open a saved call.</source>
        <translation>Abra antes una llamada: obténgala por su ID o abra una llamada guardada.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamada %1</translation>
    </message>
    <message>
        <source>Check the printer and try again.</source>
        <translation>Compruebe la impresora y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>TwilioCredentialStore</name>
    <message>
        <source>The system keychain is not available (%1); the Twilio credentials are kept for this session only.</source>
        <translation>El llavero del sistema no está disponible (%1); las credenciales de Twilio se conservan solo durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>TwilioCredentials</name>
    <message>
        <source>Enter both the Account SID and the Auth Token.</source>
        <translation>Introduzca el SID de la cuenta y el token de autenticación.</translation>
    </message>
    <message>
        <source>The Account SID or the Auth Token is too long.</source>
        <translation>El SID de la cuenta o el token de autenticación es demasiado largo.</translation>
    </message>
    <message>
        <source>The Account SID and the Auth Token are single words of printable characters (the SID starts with AC).</source>
        <translation>El SID de la cuenta y el token de autenticación son palabras sueltas de caracteres imprimibles (el SID empieza por AC).</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>Full-&amp;Width Timeline</source>
        <translation>&amp;Línea de tiempo a ancho completo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Reset Timeline &amp;Zoom (on the timeline)</source>
        <translation>Restablecer el &amp;zoom de la línea de tiempo (en la línea de tiempo)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>WavReader</name>
    <message>
        <source>The recording cannot be read: %1</source>
        <translation>No se puede leer la grabación: %1</translation>
    </message>
    <message>
        <source>The recording file is empty.</source>
        <translation>El archivo de la grabación está vacío.</translation>
    </message>
    <message>
        <source>The recording is not a WAV file.</source>
        <translation>La grabación no es un archivo WAV.</translation>
    </message>
    <message>
        <source>The WAV file ends inside its format header.</source>
        <translation>El archivo WAV termina dentro de su cabecera de formato.</translation>
    </message>
    <message>
        <source>The WAV file has no format header before its audio.</source>
        <translation>El archivo WAV no tiene cabecera de formato antes del audio.</translation>
    </message>
    <message>
        <source>The recording declares no audio channels.</source>
        <translation>La grabación no declara ningún canal de audio.</translation>
    </message>
    <message>
        <source>The WAV file's format header is inconsistent.</source>
        <translation>La cabecera de formato del archivo WAV es incoherente.</translation>
    </message>
    <message>
        <source>The recording is truncated: its header announces %1 s of audio, the file holds %2 s.</source>
        <translation>La grabación está truncada: su cabecera anuncia %1 s de audio y el archivo contiene %2 s.</translation>
    </message>
    <message>
        <source>The recording holds no audio.</source>
        <translation>La grabación no contiene audio.</translation>
    </message>
    <message>
        <source>The recording lasts %1 min, too long for this call (at most %2 min).</source>
        <translation>La grabación dura %1 min, demasiado para esta llamada (como máximo %2 min).</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The WAV file has no format header.</source>
        <translation>El archivo WAV no tiene cabecera de formato.</translation>
    </message>
    <message>
        <source>The recording is truncated: the WAV file has no audio data.</source>
        <translation>La grabación está truncada: el archivo WAV no tiene datos de audio.</translation>
    </message>
</context>
<context>
    <name>WaveformAnalyzer</name>
    <message>
        <source>The recording's audio format cannot be decoded.</source>
        <translation>No se puede descodificar el formato de audio de la grabación.</translation>
    </message>
    <message>
        <source>The recording could not be decoded: %1</source>
        <translation>No se pudo descodificar la grabación: %1</translation>
    </message>
    <message>
        <source>No audio decoder is available (install the GStreamer base and good plug-ins).</source>
        <translation>No hay ningún descodificador de audio disponible (instale los complementos base y good de GStreamer).</translation>
    </message>
    <message>
        <source>The recording holds no audio.</source>
        <translation>La grabación no contiene audio.</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation>Forma de onda</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Click to play from here; Ctrl+wheel zooms, Ctrl+0 shows the whole call</source>
        <translation>Haga clic para reproducir desde aquí; Ctrl+rueda amplía o reduce, Ctrl+0 muestra toda la llamada</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try 'callreview --help'.</source>
        <translation>Pruebe 'callreview --help'.</translation>
    </message>
    <message>
        <source>Call Review</source>
        <translation>Call Review</translation>
    </message>
</context>
</TS>
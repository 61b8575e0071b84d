<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="43"/>
        <source>Posts waiting for you</source>
        <translation>Publicaciones que esperan su decisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="44"/>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="44"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="44"/>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="45"/>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="45"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="45"/>
        <source>Text findings</source>
        <translation>Hallazgos en el texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="56"/>
        <source>Comment for the author</source>
        <translation>Comentario para el autor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="57"/>
        <source>Comment for the author (needed to return or reject)</source>
        <translation>Comentario para el autor (necesario para devolver o rechazar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="60"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="61"/>
        <source>Approve (Ctrl+Return)</source>
        <translation>Aprobar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="62"/>
        <source>&amp;Return to author</source>
        <translation>&amp;Devolver al autor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="63"/>
        <source>Re&amp;ject</source>
        <translation>Rec&amp;hazar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="64"/>
        <source>Review &amp;faces...</source>
        <translation>Revisar &amp;caras...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="65"/>
        <source>Compare faces that resemble opted-out students with their reference photos and decide</source>
        <translation>Comparar las caras que se parecen a estudiantes excluidos con sus fotos de referencia y decidir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="73"/>
        <source>Decision status</source>
        <translation>Estado de la decisión</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/approvals.py" line="127"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="127"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/approvals.py" line="132"/>
        <source>%n post(s) waiting for you</source>
        <translation>
            <numerusform>%n publicación espera su decisión</numerusform>
            <numerusform>%n publicaciones esperan su decisión</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="163"/>
        <source>Decision recorded; approving screens the post again with it.</source>
        <translation>Decisión registrada; al aprobar, la publicación se revisa de nuevo con ella.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="174"/>
        <source>Screening the post again against today&apos;s roster...</source>
        <translation>Revisando de nuevo la publicación con la lista de hoy...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="185"/>
        <source>Write a comment for the author first.</source>
        <translation>Primero escriba un comentario para el autor.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="196"/>
        <source>Approved “{title}”.</source>
        <translation>Aprobada «{title}».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="196"/>
        <source>Returned “{title}” to its author.</source>
        <translation>Se devolvió «{title}» a su autor.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="197"/>
        <source>Rejected “{title}”.</source>
        <translation>Rechazada «{title}».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="204"/>
        <source>Not approved: {reasons}</source>
        <translation>No aprobada: {reasons}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="206"/>
        <source>Use Review faces to decide.</source>
        <translation>Use Revisar caras para decidir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="208"/>
        <source>Not done: {error}</source>
        <translation>No se hizo: {error}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="23"/>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="44"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="25"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="27"/>
        <source>Subject ID, e.g. a post number</source>
        <translation>ID del objeto, p. ej. un número de publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="28"/>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="44"/>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="30"/>
        <source>Who or what (filters the shown rows)</source>
        <translation>Quién o qué (filtra las filas mostradas)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="31"/>
        <source>Filter text</source>
        <translation>Texto del filtro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="33"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="38"/>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="43"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="43"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="43"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="43"/>
        <source>Workstation</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="44"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="44"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="75"/>
        <source>Checking every entry...</source>
        <translation>Comprobando cada entrada...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="81"/>
        <source>✔ The chain is intact: {n} entries. Head hash {h} (note it down to prove later that nothing was cut off).</source>
        <translation>✔ La cadena está intacta: {n} entradas. Hash final {h} (anótelo para demostrar más adelante que no se eliminó nada).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="85"/>
        <source>✖ The chain is broken at entry {seq}: {reason}.</source>
        <translation>✖ La cadena está rota en la entrada {seq}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ChannelPicker</name>
    <message>
        <location filename="../../desktop_app/gui/composer/channels.py" line="23"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/channels.py" line="25"/>
        <source>&amp;Channels (approved accounts this post goes to):</source>
        <translation>&amp;Canales (cuentas aprobadas donde se publicará):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/channels.py" line="39"/>
        <source>{n} characters</source>
        <translation>{n} caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/channels.py" line="39"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="20"/>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="23"/>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="26"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="20"/>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="23"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="20"/>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="23"/>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="20"/>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="23"/>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="26"/>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="21"/>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="21"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="21"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="22"/>
        <source>Channel requests</source>
        <translation>Solicitudes de canal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="24"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="24"/>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="24"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="24"/>
        <source>Approval chain</source>
        <translation>Cadena de aprobación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="25"/>
        <source>Approved channels</source>
        <translation>Canales aprobados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="26"/>
        <source>Last post</source>
        <translation>Última publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="27"/>
        <source>Days quiet</source>
        <translation>Días sin publicar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="27"/>
        <source>Possibly abandoned channels</source>
        <translation>Canales posiblemente abandonados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="29"/>
        <source>Comment (needed to reject)</source>
        <translation>Comentario (necesario para rechazar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="30"/>
        <source>Comment on the request</source>
        <translation>Comentario sobre la solicitud</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="31"/>
        <source>The district holds &amp;administrative rights to this account</source>
        <translation>El distrito tiene derechos de &amp;administración de esta cuenta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="32"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="33"/>
        <source>Re&amp;ject</source>
        <translation>Rec&amp;hazar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="47"/>
        <source>&amp;Requests</source>
        <translation>&amp;Solicitudes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="48"/>
        <source>A&amp;pproved</source>
        <translation>A&amp;probados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="49"/>
        <source>Possibly a&amp;bandoned</source>
        <translation>Posiblemente a&amp;bandonados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="61"/>
        <source>endorsed by the principal</source>
        <translation>respaldado por el director de la escuela</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="61"/>
        <source>requested</source>
        <translation>solicitado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="66"/>
        <source>in every post</source>
        <translation>en cada publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="66"/>
        <source>on the profile</source>
        <translation>en el perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="73"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="85"/>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="100"/>
        <source>Choose a request first.</source>
        <translation>Primero elija una solicitud.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="93"/>
        <source>{name} is now {status}.</source>
        <translation>{name} ahora está {status}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="107"/>
        <source>{name} was rejected.</source>
        <translation>{name} fue rechazado.</translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="46"/>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="49"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="50"/>
        <source>A short title for the approvers (not published)</source>
        <translation>Un título breve para quienes aprueban (no se publica)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="51"/>
        <source>T&amp;itle:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="55"/>
        <source>The procedure&apos;s four questions</source>
        <translation>Las cuatro preguntas del procedimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="76"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="87"/>
        <source>Start a &amp;new post</source>
        <translation>Empezar una publicación &amp;nueva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="88"/>
        <source>Su&amp;bmit for approval...</source>
        <translation>En&amp;viar para aprobación...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="90"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="138"/>
        <source>&lt;h3&gt;New post&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Publicación nueva&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="139"/>
        <source>Choose a channel and the draft saves itself as you type.</source>
        <translation>Elija un canal y el borrador se guardará solo mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="172"/>
        <source>&lt;h3&gt;{title}&lt;/h3&gt;Post {id}, {status}</source>
        <translation>&lt;h3&gt;{title}&lt;/h3&gt;Publicación {id}, {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="175"/>
        <source>This post is {status}; it cannot be changed here.</source>
        <translation>Esta publicación está {status}; no se puede cambiar aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="190"/>
        <source>Editing...</source>
        <translation>Editando...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="216"/>
        <source>Untitled post</source>
        <translation>Publicación sin título</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="222"/>
        <source>Not saved yet: choose at least one channel.</source>
        <translation>Aún no se guardó: elija al menos un canal.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="230"/>
        <source>Not saved: a post needs at least one channel.</source>
        <translation>No se guardó: una publicación necesita al menos un canal.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="234"/>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="240"/>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="265"/>
        <source>Restored what you typed last time; choose a channel to save it.</source>
        <translation>Se recuperó lo que escribió la última vez; elija un canal para guardarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="277"/>
        <source>Photo not saved: {error}</source>
        <translation>La foto no se guardó: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="287"/>
        <source>Photo not removed</source>
        <translation>La foto no se quitó</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="311"/>
        <source>Choose a channel first: the draft must be saved to redact a photo.</source>
        <translation>Primero elija un canal: el borrador debe estar guardado para ocultar caras en una foto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="314"/>
        <source>Making the redacted copy of {name} and screening it again...</source>
        <translation>Creando la copia con caras ocultas de {name} y revisándola de nuevo...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="332"/>
        <source>The photo was replaced by its redacted copy; the approvers will review it.</source>
        <translation>La foto se reemplazó por su copia con caras ocultas; quienes aprueban la revisarán.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="338"/>
        <source>No redacted copy: {error}</source>
        <translation>Sin copia con caras ocultas: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="346"/>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="346"/>
        <source>Choose at least one channel first.</source>
        <translation>Primero elija al menos un canal.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="350"/>
        <source>Questions to answer</source>
        <translation>Preguntas por responder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="351"/>
        <source>Answer the procedure&apos;s questions first:</source>
        <translation>Primero responda las preguntas del procedimiento:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="361"/>
        <source>Submitted. Waiting for: {who}.</source>
        <translation>Enviada. En espera de: {who}.</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../desktop_app/gui/banner.py" line="13"/>
        <source>&lt;b&gt;Demo district&lt;/b&gt; - invented staff and students, sample photos. Start with &lt;tt&gt;--db URL&lt;/tt&gt; to open your district.</source>
        <translation>&lt;b&gt;Distrito de demostración&lt;/b&gt;: personal y estudiantes inventados, fotos de ejemplo. Inicie con &lt;tt&gt;--db URL&lt;/tt&gt; para abrir su distrito.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner.py" line="22"/>
        <source>Demo district</source>
        <translation>Distrito de demostración</translation>
    </message>
</context>
<context>
    <name>FaceReviewDialog</name>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="35"/>
        <source>Review faces of post {id}</source>
        <translation>Revisar caras de la publicación {id}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="39"/>
        <source>Faces to review</source>
        <translation>Caras por revisar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="42"/>
        <source>The face in the photo</source>
        <translation>La cara en la foto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="62"/>
        <source>Loading the faces...</source>
        <translation>Cargando las caras...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="68"/>
        <source>Compare each face with the student&apos;s reference photos. “Not this student” clears the face for that student only; “This is the student” means the photo must be redacted or removed.</source>
        <translation>Compare cada cara con las fotos de referencia del estudiante. “No es este estudiante” libera la cara solo para ese estudiante; “Es el estudiante” significa que la foto debe ocultarse o quitarse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="87"/>
        <source>{file}: face {n}</source>
        <translation>{file}: cara {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/review_dialog.py" line="88"/>
        <source>%n to decide</source>
        <translation>
            <numerusform>%n por decidir</numerusform>
            <numerusform>%n por decidir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="88"/>
        <source>decided</source>
        <translation>decidida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="91"/>
        <source>No face of this post resembles an opted-out student.</source>
        <translation>Ninguna cara de esta publicación se parece a un estudiante excluido.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/review_dialog.py" line="94"/>
        <source>%n face(s) resemble opted-out students.</source>
        <translation>
            <numerusform>%n cara se parece a estudiantes excluidos.</numerusform>
            <numerusform>%n caras se parecen a estudiantes excluidos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="112"/>
        <source>{file}, use: {use}</source>
        <translation>{file}, uso: {use}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="120"/>
        <source>Student {name}</source>
        <translation>Estudiante {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="122"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({id}), {school}; distance {distance:.2f}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({id}), {school}; distancia {distance:.2f}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="123"/>
        <source>no school</source>
        <translation>sin escuela</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="129"/>
        <source>Reference photo of {name}</source>
        <translation>Foto de referencia de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="134"/>
        <source>Decided: this is the student.</source>
        <translation>Decidido: es el estudiante.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="135"/>
        <source>Decided: not this student.</source>
        <translation>Decidido: no es este estudiante.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="138"/>
        <source>This &amp;is {name}</source>
        <translation>&amp;Es {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="139"/>
        <source>&amp;Not {name}</source>
        <translation>&amp;No es {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="151"/>
        <source>Recording the decision...</source>
        <translation>Registrando la decisión...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="160"/>
        <source>Not done: {error}</source>
        <translation>No se hizo: {error}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="132"/>
        <source>Red: restricted (photo opt-out)</source>
        <translation>Rojo: restringida (no autoriza fotos)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="133"/>
        <source>Amber: a person must check</source>
        <translation>Ámbar: una persona debe revisar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="134"/>
        <source>Green: clear</source>
        <translation>Verde: sin problemas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="143"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="63"/>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;ClearPost locked itself after a while without use. {name}, enter your password to go on.</source>
        <translation>&lt;h2&gt;Bloqueado&lt;/h2&gt;ClearPost se bloqueó tras un rato sin uso. {name}, escriba su contraseña para continuar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="68"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="69"/>
        <source>Password for {email}</source>
        <translation>Contraseña de {email}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="70"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="72"/>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="75"/>
        <source>Unlock problem</source>
        <translation>Problema al desbloquear</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="109"/>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="28"/>
        <source>New post</source>
        <translation>Publicación nueva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="29"/>
        <source>My posts</source>
        <translation>Mis publicaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="31"/>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="33"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="35"/>
        <source>Roster</source>
        <translation>Lista de estudiantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="36"/>
        <source>Takedown list</source>
        <translation>Publicaciones por retirar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="37"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="38"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="39"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="79"/>
        <source>ClearPost - {name}</source>
        <translation>ClearPost - {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="85"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="116"/>
        <source>Signed in as {name} ({roles}){where}</source>
        <translation>Sesión de {name} ({roles}){where}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="129"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="131"/>
        <source>&amp;New post</source>
        <translation>&amp;Publicación nueva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="135"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="139"/>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="143"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="147"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="154"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="155"/>
        <source>&amp;About ClearPost</source>
        <translation>&amp;Acerca de ClearPost</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="253"/>
        <source>About ClearPost</source>
        <translation>Acerca de ClearPost</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="254"/>
        <source>ClearPost screens school photos and posts against the district&apos;s opt-out roster before they are published.

Database: {db}</source>
        <translation>ClearPost revisa las fotos y publicaciones escolares con la lista de exclusiones del distrito antes de publicarlas.

Base de datos: {db}</translation>
    </message>
</context>
<context>
    <name>MyPostsPage</name>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="26"/>
        <source>My posts</source>
        <translation>Mis publicaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="27"/>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="27"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="27"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="28"/>
        <source>Latest comment</source>
        <translation>Último comentario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="36"/>
        <source>&amp;Open in the composer</source>
        <translation>&amp;Abrir en el editor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="37"/>
        <source>&amp;Withdraw to a draft</source>
        <translation>&amp;Retirar a borrador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="71"/>
        <source>waiting for the {role}</source>
        <translation>en espera de: {role}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="106"/>
        <source>“{title}” is a draft again.</source>
        <translation>«{title}» vuelve a ser un borrador.</translation>
    </message>
</context>
<context>
    <name>PhotoCanvas</name>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="58"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="66"/>
        <source>No face found</source>
        <translation>No se encontró ninguna cara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="89"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="16"/>
        <source>Photo: {name}</source>
        <translation>Foto: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="21"/>
        <source>Re&amp;move photo</source>
        <translation>&amp;Quitar la foto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="22"/>
        <source>Replace with re&amp;dacted copy</source>
        <translation>Reemplazar por la copia con caras &amp;ocultas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="23"/>
        <source>Restricted and unclear faces are pixelated; the copy goes to the approvers for review.</source>
        <translation>Las caras restringidas o dudosas se pixelan; la copia pasa a revisión de quienes aprueban.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="97"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="104"/>
        <source>Drop photos here, paste one (Ctrl+V in the list), or use Add photos.</source>
        <translation>Suelte fotos aquí, pegue una (Ctrl+V en la lista) o use Añadir fotos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="106"/>
        <source>&amp;Add photos...</source>
        <translation>&amp;Añadir fotos...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="107"/>
        <source>&amp;View faces...</source>
        <translation>&amp;Ver caras...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="108"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="109"/>
        <source>Replace with re&amp;dacted copy</source>
        <translation>Reemplazar por la copia con caras &amp;ocultas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="110"/>
        <source>&amp;Cancel screening</source>
        <translation>&amp;Cancelar revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="116"/>
        <source>Screening progress</source>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="118"/>
        <source>Screening status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="157"/>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="158"/>
        <source>Images ({pattern})</source>
        <translation>Imágenes ({pattern})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="170"/>
        <source>pasted-photo.png</source>
        <translation>foto-pegada.png</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/composer/photos.py" line="231"/>
        <source>Screening %n photo(s) in the background...</source>
        <translation>
            <numerusform>Revisando %n foto en segundo plano...</numerusform>
            <numerusform>Revisando %n fotos en segundo plano...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="246"/>
        <source>Screening...</source>
        <translation>Revisando...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="246"/>
        <source>Screening cancelled</source>
        <translation>Revisión cancelada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="249"/>
        <source> (redacted copy)</source>
        <translation> (copia con caras ocultas)</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="31"/>
        <source>Face {n}: {verdict}</source>
        <translation>Cara {n}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="35"/>
        <source> - {name} ({id}) has a photo opt-out</source>
        <translation> - {name} ({id}) no autoriza fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="37"/>
        <source> - a student with a photo opt-out</source>
        <translation> - un estudiante que no autoriza fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="41"/>
        <source> - looks like {name}; check</source>
        <translation> - se parece a {name}; revise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="155"/>
        <source>Faces found</source>
        <translation>Caras encontradas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="165"/>
        <source>Not screened yet.</source>
        <translation>Aún no revisada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="169"/>
        <source>Cannot be screened: {reason}</source>
        <translation>No se puede revisar: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="172"/>
        <source>No face found.</source>
        <translation>No se encontró ninguna cara.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="173"/>
        <source>Verdict: {verdict}</source>
        <translation>Resultado: {verdict}</translation>
    </message>
</context>
<context>
    <name>PostDetail</name>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="42"/>
        <source>Post as published</source>
        <translation>Publicación tal como se publicará</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="47"/>
        <source>Photos of the post</source>
        <translation>Fotos de la publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="55"/>
        <source>Findings to decide</source>
        <translation>Hallazgos por decidir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="58"/>
        <location filename="../../desktop_app/gui/post_detail.py" line="68"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="64"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="65"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="66"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="67"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="84"/>
        <source>Choose a post.</source>
        <translation>Elija una publicación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="91"/>
        <source>&lt;h3&gt;{title}&lt;/h3&gt;By {author}, {building}. Status: &lt;b&gt;{status}&lt;/b&gt;. Channels: {channels}.</source>
        <translation>&lt;h3&gt;{title}&lt;/h3&gt;De {author}, {building}. Estado: &lt;b&gt;{status}&lt;/b&gt;. Canales: {channels}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="114"/>
        <source>{name}: redacted copy - check that every face that must be hidden is</source>
        <translation>{name}: copia con caras ocultas; compruebe que todas las caras que deben ocultarse lo estén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="117"/>
        <source>{name}: {source} mentions “{text}” (removed on export)</source>
        <translation>{name}: {source} menciona «{text}» (se elimina al exportar)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/post_detail.py" line="124"/>
        <source>%n opted-out student(s) of this building cannot be recognised: check faces by eye</source>
        <translation>
            <numerusform>%n estudiante con exclusión de este edificio no se puede reconocer: revise las caras a simple vista</numerusform>
            <numerusform>%n estudiantes con exclusión de este edificio no se pueden reconocer: revise las caras a simple vista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/post_detail.py" line="126"/>
        <source>%n opted-out student(s) in the district cannot be recognised: check faces by eye</source>
        <translation>
            <numerusform>%n estudiante con exclusión del distrito no se puede reconocer: revise las caras a simple vista</numerusform>
            <numerusform>%n estudiantes con exclusión del distrito no se pueden reconocer: revise las caras a simple vista</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="129"/>
        <source>They have no usable reference photo, so screening cannot match their faces. The Roster page lists them.</source>
        <translation>No tienen una foto de referencia utilizable, así que la revisión no puede reconocer sus caras. La página Lista de estudiantes los muestra.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="139"/>
        <source>Nothing to decide.</source>
        <translation>Nada que decidir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="140"/>
        <source>&lt;b&gt;Audience:&lt;/b&gt; {a}&lt;br&gt;&lt;b&gt;What is communicated:&lt;/b&gt; {m}&lt;br&gt;&lt;b&gt;Why this channel:&lt;/b&gt; {r}&lt;br&gt;&lt;b&gt;Who manages the account:&lt;/b&gt; {w}</source>
        <translation>&lt;b&gt;Público:&lt;/b&gt; {a}&lt;br&gt;&lt;b&gt;Qué se comunica:&lt;/b&gt; {m}&lt;br&gt;&lt;b&gt;Por qué este canal:&lt;/b&gt; {r}&lt;br&gt;&lt;b&gt;Quién gestiona la cuenta:&lt;/b&gt; {w}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="150"/>
        <source>Created by {who}</source>
        <translation>Creada por {who}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="152"/>
        <source>Submitted (round {n})</source>
        <translation>Enviada (ronda {n})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="154"/>
        <source>{decision} by {who} ({role}, round {round})</source>
        <translation>{decision}: {who} ({role}, ronda {round})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="160"/>
        <source>Published at {url}</source>
        <translation>Publicada en {url}</translation>
    </message>
</context>
<context>
    <name>PostTextPanel</name>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="68"/>
        <source>Post text</source>
        <translation>Texto de la publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="69"/>
        <source>Write the post. The district&apos;s notice is added at the end.</source>
        <translation>Escriba la publicación. El aviso del distrito se añade al final.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="72"/>
        <source>Text findings</source>
        <translation>Hallazgos en el texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="76"/>
        <source>Findings in the text:</source>
        <translation>Hallazgos en el texto:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="89"/>
        <source>Preview for channel</source>
        <translation>Vista previa para el canal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="93"/>
        <source>Preview as published</source>
        <translation>Vista previa tal como se publicará</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="100"/>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="101"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="106"/>
        <source>Length per channel</source>
        <translation>Longitud por canal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="141"/>
        <source>As published on {name}</source>
        <translation>Tal como se publicará en {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="165"/>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="174"/>
        <source>Choose a channel to see the length with the notice.</source>
        <translation>Elija un canal para ver la longitud con el aviso.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="182"/>
        <source>✖ {name}: {n} / {limit} - {over} too long</source>
        <translation>✖ {name}: {n} / {limit} - sobran {over}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="185"/>
        <source>✔ {name}: {n} / {limit}</source>
        <translation>✔ {name}: {n} / {limit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="187"/>
        <source>{name}: {n} characters</source>
        <translation>{name}: {n} caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="188"/>
        <source>(counts include the notice)</source>
        <translation>(incluye el aviso)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="202"/>
        <source>Choose a channel to preview the post.</source>
        <translation>Elija un canal para ver la vista previa.</translation>
    </message>
</context>
<context>
    <name>QuestionsForm</name>
    <message>
        <location filename="../../desktop_app/gui/composer/questions.py" line="17"/>
        <source>Who is the target &amp;audience?</source>
        <translation>¿Cuál es el &amp;público destinatario?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/questions.py" line="18"/>
        <source>&amp;What information is being communicated?</source>
        <translation>¿&amp;Qué información se comunica?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/questions.py" line="19"/>
        <source>W&amp;hy is this channel the best one for it?</source>
        <translation>¿&amp;Por qué este canal es el mejor para ello?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/questions.py" line="20"/>
        <source>Who &amp;manages and monitors the account?</source>
        <translation>¿Quién &amp;gestiona y supervisa la cuenta?</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="30"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="33"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="35"/>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="73"/>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="36"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="38"/>
        <source>&amp;Export records</source>
        <translation>&amp;Exportar registros</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="40"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="47"/>
        <source>Face-matching usage</source>
        <translation>Uso del reconocimiento facial</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="48"/>
        <source>Show face-matching &amp;usage for these dates</source>
        <translation>Mostrar el &amp;uso del reconocimiento facial en estas fechas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="50"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="51"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="55"/>
        <source>Fol&amp;der:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="60"/>
        <source>&lt;h3&gt;Public records&lt;/h3&gt;Every published post with its text, photos, screening results and approval history, as web pages and the original files.</source>
        <translation>&lt;h3&gt;Registros públicos&lt;/h3&gt;Cada publicación con su texto, fotos, resultados de la revisión e historial de aprobación, como páginas web y los archivos originales.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="79"/>
        <source>Choose a folder first.</source>
        <translation>Primero elija una carpeta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="83"/>
        <source>Exporting...</source>
        <translation>Exportando...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/records_page.py" line="91"/>
        <source>Exported %n post(s) to {index}</source>
        <translation>
            <numerusform>Se exportó %n publicación a {index}</numerusform>
            <numerusform>Se exportaron %n publicaciones a {index}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="97"/>
        <source>Not exported: {error}</source>
        <translation>No se exportó: {error}</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="60"/>
        <source>Import the roster</source>
        <translation>Importar la lista de estudiantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="67"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="68"/>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="185"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="71"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="90"/>
        <source>A &amp;CSV export from the student information system</source>
        <translation>Una exportación &amp;CSV del sistema de información estudiantil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="91"/>
        <source>A &amp;PSPA portrait folder from the photographer (INDEX.TXT)</source>
        <translation>Una carpeta de retratos &amp;PSPA del fotógrafo (INDEX.TXT)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="95"/>
        <source>Roster file or folder</source>
        <translation>Archivo o carpeta de la lista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="96"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="100"/>
        <source>Reference photos folder</source>
        <translation>Carpeta de fotos de referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="101"/>
        <source>optional: photos named &lt;student ID&gt;.jpg</source>
        <translation>opcional: fotos con nombre &lt;ID del estudiante&gt;.jpg</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="102"/>
        <source>B&amp;rowse...</source>
        <translation>E&amp;xaminar...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="108"/>
        <source>&amp;File or folder:</source>
        <translation>&amp;Archivo o carpeta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="112"/>
        <source>Reference &amp;photos:</source>
        <translation>&amp;Fotos de referencia:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="116"/>
        <source>&lt;h3&gt;1. What to import&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;1. Qué importar&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="130"/>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="132"/>
        <source>Everyone in this folder has a photo opt-out (the folder has no consent column)</source>
        <translation>Todos en esta carpeta no autorizan fotos (la carpeta no tiene columna de consentimiento)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="135"/>
        <source>&lt;h3&gt;2. Which column holds what&lt;/h3&gt;Check the guesses; choose “(not in the file)” for a field the file does not have.</source>
        <translation>&lt;h3&gt;2. Qué contiene cada columna&lt;/h3&gt;Revise las suposiciones; elija «(no está en el archivo)» para un campo que el archivo no tiene.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="150"/>
        <source>What will change</source>
        <translation>Qué cambiará</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="152"/>
        <source>&lt;h3&gt;3. What will change&lt;/h3&gt;Nothing is written until you import.</source>
        <translation>&lt;h3&gt;3. Qué cambiará&lt;/h3&gt;No se escribe nada hasta que importe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="157"/>
        <source>Import even if some reference photos cannot be used (those students are listed as not recognisable)</source>
        <translation>Importar aunque algunas fotos de referencia no se puedan usar (esos estudiantes se muestran como no reconocibles)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="172"/>
        <source>Enrolling reference photos</source>
        <translation>Registrando fotos de referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="174"/>
        <source>&lt;h3&gt;4. Importing&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;4. Importando&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="183"/>
        <source>Step {n} of 4</source>
        <translation>Paso {n} de 4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="185"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="203"/>
        <source>Cancelling: the roster stays as it was...</source>
        <translation>Cancelando: la lista queda como estaba...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="209"/>
        <source>PSPA folder</source>
        <translation>Carpeta PSPA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="211"/>
        <source>Roster export</source>
        <translation>Exportación de la lista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="212"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="217"/>
        <source>Reference photos</source>
        <translation>Fotos de referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="235"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="240"/>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="294"/>
        <source>Cannot read it: {error}</source>
        <translation>No se puede leer: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="249"/>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="287"/>
        <source>&lt;b&gt;The file has problems; nothing can be imported until they are fixed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;El archivo tiene problemas; no se puede importar nada hasta corregirlos:&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="320"/>
        <source>%n student(s) in the file.</source>
        <translation>
            <numerusform>%n estudiante en el archivo.</numerusform>
            <numerusform>%n estudiantes en el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="326"/>
        <source>Remove the %n student(s) absent from this file</source>
        <translation>
            <numerusform>Quitar al estudiante que no está en este archivo</numerusform>
            <numerusform>Quitar a los %n estudiantes que no están en este archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="327"/>
        <source>lift %n opt-out(s) this file no longer has</source>
        <translation>
            <numerusform>levantar %n exclusión que este archivo ya no tiene</numerusform>
            <numerusform>levantar %n exclusiones que este archivo ya no tiene</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="332"/>
        <source>This file lacks {n} of the {total} students on the roster, more than the district allows without confirmation. If it is a partial list, importing keeps them all; if they left, tick the box below.</source>
        <translation>A este archivo le faltan {n} de los {total} estudiantes de la lista, más de lo que el distrito permite sin confirmación. Si es una lista parcial, al importarla se conservan todos; si se fueron, marque la casilla de abajo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="343"/>
        <source>Enrolling %n reference photo(s) in the background...</source>
        <translation>
            <numerusform>Registrando %n foto de referencia en segundo plano...</numerusform>
            <numerusform>Registrando %n fotos de referencia en segundo plano...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="344"/>
        <source>Writing the roster...</source>
        <translation>Escribiendo la lista...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="368"/>
        <source>Enrolled {done} of {total} reference photos...</source>
        <translation>Registradas {done} de {total} fotos de referencia...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="374"/>
        <source>Imported.</source>
        <translation>Importada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="375"/>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="385"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="380"/>
        <source>Cancelled. The roster is unchanged.</source>
        <translation>Cancelado. La lista no cambió.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="382"/>
        <source>Not imported; the roster is unchanged:</source>
        <translation>No se importó; la lista no cambió:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="384"/>
        <source>Not imported: {error}</source>
        <translation>No se importó: {error}</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="25"/>
        <source>Search by name or student ID</source>
        <translation>Buscar por nombre o ID de estudiante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="26"/>
        <source>Search the roster</source>
        <translation>Buscar en la lista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="28"/>
        <source>Show students &amp;without an opt-out too</source>
        <translation>Mostrar también estudiantes &amp;sin exclusión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="29"/>
        <source>&amp;Import roster...</source>
        <translation>&amp;Importar lista...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="37"/>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="38"/>
        <source>Student ID</source>
        <translation>ID de estudiante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="38"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="38"/>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="39"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="39"/>
        <source>Photo opt-out</source>
        <translation>No autoriza fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="39"/>
        <source>Name opt-out</source>
        <translation>No autoriza nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="40"/>
        <source>Reference photos</source>
        <translation>Fotos de referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="48"/>
        <source>Choose a student to see the reference photos.</source>
        <translation>Elija un estudiante para ver las fotos de referencia.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="67"/>
        <source>Re-&amp;encode now</source>
        <translation>Volver a &amp;codificar ahora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="101"/>
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="108"/>
        <source>%n reference photo(s) were encoded by an older face model: screening is refused until they are re-encoded.</source>
        <translation>
            <numerusform>%n foto de referencia fue codificada con un modelo facial anterior: la revisión se rechaza hasta volver a codificarla.</numerusform>
            <numerusform>%n fotos de referencia fueron codificadas con un modelo facial anterior: la revisión se rechaza hasta volver a codificarlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="114"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="115"/>
        <source>%n opted-out student(s) cannot be recognised (no usable reference photo), so their faces must be checked by eye: {ids}</source>
        <translation>
            <numerusform>%n estudiante con exclusión no se puede reconocer (sin foto de referencia utilizable); sus caras se revisan a simple vista: {ids}</numerusform>
            <numerusform>%n estudiantes con exclusión no se pueden reconocer (sin foto de referencia utilizable); sus caras se revisan a simple vista: {ids}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted-out student(s) cannot be recognised (no usable reference photo): {ids}</source>
        <translation type="vanished">
            <numerusform>%n estudiante excluido no se puede reconocer (sin foto de referencia utilizable): {ids}</numerusform>
            <numerusform>%n estudiantes excluidos no se pueden reconocer (sin foto de referencia utilizable): {ids}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="125"/>
        <source>Re-encoding the reference photos...</source>
        <translation>Volviendo a codificar las fotos de referencia...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="136"/>
        <source>{n} reference photos re-encoded.</source>
        <translation>{n} fotos de referencia codificadas de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="142"/>
        <source>Not re-encoded: {error}</source>
        <translation>No se volvió a codificar: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="155"/>
        <source>Reference photos of {name} ({id}): %n</source>
        <translation>
            <numerusform>Fotos de referencia de {name} ({id}): %n</numerusform>
            <numerusform>Fotos de referencia de {name} ({id}): %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="162"/>
        <source>Reference photo of {name}</source>
        <translation>Foto de referencia de {name}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="45"/>
        <source>Match threshold</source>
        <translation>Umbral de coincidencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="46"/>
        <source>Review threshold</source>
        <translation>Umbral de revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="50"/>
        <source>Smallest face to match</source>
        <translation>Cara más pequeña que se compara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="53"/>
        <source>Least sharpness to match</source>
        <translation>Nitidez mínima para comparar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="58"/>
        <source>Most head turn to match</source>
        <translation>Giro máximo de la cabeza para comparar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="60"/>
        <source>Blocked (safest)</source>
        <translation>Bloqueada (lo más seguro)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="61"/>
        <source>Sent to review</source>
        <translation>Enviada a revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="62"/>
        <source>Matches to students of other buildings</source>
        <translation>Coincidencias con estudiantes de otros edificios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="65"/>
        <source>Reference photos kept per student</source>
        <translation>Fotos de referencia guardadas por estudiante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="66"/>
        <source>Save &amp;thresholds</source>
        <translation>Guardar &amp;umbrales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="67"/>
        <source>Screening thresholds (see docs/thresholds.md before changing them)</source>
        <translation>Umbrales de revisión (lea docs/thresholds.md antes de cambiarlos)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="69"/>
        <source>&amp;Match: a face this close to a template is that student</source>
        <translation>&amp;Coincidencia: una cara así de cerca de una plantilla es ese estudiante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="70"/>
        <source>&amp;Review: closer than this, a person must check</source>
        <translation>&amp;Revisión: más cerca que esto, una persona debe revisar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="71"/>
        <source>Smallest &amp;face to match</source>
        <translation>&amp;Cara más pequeña que se compara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="72"/>
        <source>Least &amp;sharpness to match</source>
        <translation>&amp;Nitidez mínima para comparar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="73"/>
        <source>Most head &amp;turn to match (0.6 is about 45 degrees)</source>
        <translation>&amp;Giro máximo de la cabeza para comparar (0,6 son unos 45 grados)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="74"/>
        <source>Matches to students of &amp;other buildings</source>
        <translation>Coincidencias con estudiantes de &amp;otros edificios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="75"/>
        <source>Reference &amp;photos kept per student</source>
        <translation>&amp;Fotos de referencia guardadas por estudiante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="79"/>
        <source>Notice text</source>
        <translation>Texto del aviso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="82"/>
        <source>Save &amp;notice</source>
        <translation>Guardar el &amp;aviso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="83"/>
        <source>The notice added to every post</source>
        <translation>El aviso que se añade a cada publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="90"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="91"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="92"/>
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="93"/>
        <source>Save &amp;idle lock</source>
        <translation>Guardar el &amp;bloqueo por inactividad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="95"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="98"/>
        <source>Idle lock and language</source>
        <translation>Bloqueo por inactividad e idioma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="104"/>
        <source>&amp;Lock the window after</source>
        <translation>&amp;Bloquear la ventana tras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="105"/>
        <source>Lan&amp;guage (this computer, from the next start)</source>
        <translation>&amp;Idioma (este equipo, desde el próximo inicio)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="108"/>
        <source>Database URL</source>
        <translation>URL de la base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="110"/>
        <source>T&amp;est connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="111"/>
        <source>&amp;Use from the next start</source>
        <translation>&amp;Usar desde el próximo inicio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="112"/>
        <source>Now: {db}</source>
        <translation>Ahora: {db}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="114"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="163"/>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="172"/>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="180"/>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="166"/>
        <source>Thresholds saved; the screening workers restart with them.</source>
        <translation>Umbrales guardados; los procesos de revisión se reinician con ellos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="174"/>
        <source>Notice saved.</source>
        <translation>Aviso guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="182"/>
        <source>Idle lock saved; it applies from the next sign-in.</source>
        <translation>Bloqueo guardado; se aplica desde el próximo inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="187"/>
        <source>Enter a database URL to test.</source>
        <translation>Escriba una URL de base de datos para probar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="190"/>
        <source>Connecting...</source>
        <translation>Conectando...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="195"/>
        <source>✔ Connected. Schema revision: {rev}.</source>
        <translation>✔ Conectado. Revisión del esquema: {rev}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="199"/>
        <source>✖ Cannot connect: {error}</source>
        <translation>✖ No se puede conectar: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="203"/>
        <source>Saved: ClearPost opens this database from the next start (--db and CLEARPOST_DATABASE_URL still take precedence).</source>
        <translation>Guardado: ClearPost abrirá esta base de datos desde el próximo inicio (--db y CLEARPOST_DATABASE_URL siguen teniendo prioridad).</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="28"/>
        <source>ClearPost - Sign in</source>
        <translation>ClearPost - Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="33"/>
        <source>&lt;h2&gt;ClearPost&lt;/h2&gt;Publish school photos and news without breaking student-privacy law.</source>
        <translation>&lt;h2&gt;ClearPost&lt;/h2&gt;Publique fotos y noticias escolares sin infringir la ley de privacidad estudiantil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="39"/>
        <location filename="../../desktop_app/gui/sign_in.py" line="74"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="40"/>
        <source>name@district.org</source>
        <translation>nombre@distrito.org</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="43"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="44"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="45"/>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="49"/>
        <source>Opening the database...</source>
        <translation>Abriendo la base de datos...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="50"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="55"/>
        <source>Opening the database</source>
        <translation>Abriendo la base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="56"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="66"/>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="71"/>
        <source>Demo accounts - the password of every one is &lt;b&gt;{pw}&lt;/b&gt;. Double-click one to fill in the form.</source>
        <translation>Cuentas de demostración: la contraseña de todas es &lt;b&gt;{pw}&lt;/b&gt;. Haga doble clic en una para rellenar el formulario.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="74"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="74"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="78"/>
        <source>Demo accounts</source>
        <translation>Cuentas de demostración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="104"/>
        <source>Setting up the demo district (first start only): staff accounts...</source>
        <translation>Preparando el distrito de demostración (solo la primera vez): cuentas del personal...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="105"/>
        <source>Setting up the demo district: channels...</source>
        <translation>Preparando el distrito de demostración: canales...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="106"/>
        <source>Setting up the demo district: enrolling reference photos {done}/{total}...</source>
        <translation>Preparando el distrito de demostración: registrando fotos de referencia {done}/{total}...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="107"/>
        <source>Setting up the demo district: sample photos...</source>
        <translation>Preparando el distrito de demostración: fotos de ejemplo...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="108"/>
        <source>Setting up the demo district: sample posts...</source>
        <translation>Preparando el distrito de demostración: publicaciones de ejemplo...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="109"/>
        <location filename="../../desktop_app/gui/sign_in.py" line="116"/>
        <source>Demo district ready.</source>
        <translation>Distrito de demostración listo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="115"/>
        <source>Connected to {db}</source>
        <translation>Conectado a {db}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="121"/>
        <source>The database cannot be opened.</source>
        <translation>No se puede abrir la base de datos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="141"/>
        <source>Enter your e-mail address and password.</source>
        <translation>Escriba su correo electrónico y contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="145"/>
        <source>Signing in...</source>
        <translation>Iniciando sesión...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="149"/>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="25"/>
        <source>Submit for approval</source>
        <translation>Enviar para aprobación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="28"/>
        <source>&lt;b&gt;What happens:&lt;/b&gt; ClearPost screens the text and every photo again, then the post goes to {steps}, in that order. You can withdraw it until it is published.</source>
        <translation>&lt;b&gt;Qué pasa:&lt;/b&gt; ClearPost revisa de nuevo el texto y cada foto, y la publicación pasa a {steps}, en ese orden. Puede retirarla hasta que se publique.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="30"/>
        <source>, then </source>
        <translation> y luego a </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="32"/>
        <source>Screening the post...</source>
        <translation>Revisando la publicación...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="37"/>
        <source>Screening</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="40"/>
        <source>What blocks and notes for the approvers</source>
        <translation>Lo que impide el envío y notas para quienes aprueban</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="42"/>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="70"/>
        <source>&lt;b&gt;This post cannot be submitted yet.&lt;/b&gt; Fix what is marked with a red cross: remove the photo or replace it with its redacted copy, change the text.</source>
        <translation>&lt;b&gt;Esta publicación aún no se puede enviar.&lt;/b&gt; Corrija lo marcado con una cruz roja: quite la foto o reemplácela por su copia con caras ocultas, cambie el texto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="74"/>
        <source>Nothing blocks. The approvers will decide the points marked in amber.</source>
        <translation>Nada lo impide. Quienes aprueban decidirán los puntos marcados en ámbar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="77"/>
        <source>Nothing blocks and nothing needs review.</source>
        <translation>Nada lo impide y nada necesita revisión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="86"/>
        <source>Submitting...</source>
        <translation>Enviando...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="100"/>
        <source>&lt;b&gt;Not submitted.&lt;/b&gt;</source>
        <translation>&lt;b&gt;No se envió.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="102"/>
        <source>&lt;b&gt;Not submitted:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;No se envió:&lt;/b&gt; {error}</translation>
    </message>
</context>
<context>
    <name>TakedownPage</name>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="18"/>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="18"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="18"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="18"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="19"/>
        <source>Posts to take down</source>
        <translation>Publicaciones por retirar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="20"/>
        <source>&amp;Check again against today&apos;s roster</source>
        <translation>&amp;Comprobar de nuevo con la lista de hoy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="31"/>
        <source>Published posts that now show a student with an opt-out, by photo or name. Take them down, then mark them here by withdrawing them.</source>
        <translation>Publicaciones que ahora muestran a un estudiante con exclusión, por foto o nombre. Retírelas y luego márquelas aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="46"/>
        <source>Checking...</source>
        <translation>Comprobando...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="55"/>
        <source>%n post(s) to take down.</source>
        <translation>
            <numerusform>%n publicación por retirar.</numerusform>
            <numerusform>%n publicaciones por retirar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="56"/>
        <source>No published post needs to come down.</source>
        <translation>Ninguna publicación necesita retirarse.</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="22"/>
        <source>Restricted</source>
        <translation>Restringida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="23"/>
        <location filename="../../desktop_app/gui/verdicts.py" line="30"/>
        <source>Needs review</source>
        <translation>Necesita revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="24"/>
        <location filename="../../desktop_app/gui/verdicts.py" line="31"/>
        <source>Clear</source>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="29"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="32"/>
        <source>Not screened yet</source>
        <translation>Aún no revisada</translation>
    </message>
</context>
</TS>

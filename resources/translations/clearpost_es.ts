<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="56"/>
        <source>Add a staff account</source>
        <translation>Añadir una cuenta de personal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="57"/>
        <source>Roles and building of {name}</source>
        <translation>Funciones y edificio de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="60"/>
        <source>First and last name</source>
        <translation>Nombre y apellido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="63"/>
        <source>District e-mail address</source>
        <translation>Correo electrónico del distrito</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="64"/>
        <source>name@district.org</source>
        <translation>nombre@distrito.org</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="76"/>
        <source>Only an IT administrator grants or removes this role</source>
        <translation>Solo un administrador de TI concede o retira esta función</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="81"/>
        <source>Home building</source>
        <translation>Edificio de trabajo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="83"/>
        <source>(none: district-wide)</source>
        <translation>(ninguno: todo el distrito)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="91"/>
        <source>First password</source>
        <translation>Contraseña inicial</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="92"/>
        <source>at least {n} characters; tell it to the person</source>
        <translation>al menos {n} caracteres; dígasela a la persona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="97"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="98"/>
        <source>Roles:</source>
        <translation>Funciones:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="100"/>
        <source>&amp;Building:</source>
        <translation>&amp;Edificio:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="102"/>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="108"/>
        <source>Why it was not saved</source>
        <translation>Por qué no se guardó</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="111"/>
        <source>&amp;Add account</source>
        <translation>&amp;Añadir cuenta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="111"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="137"/>
        <source>Choose at least one role.</source>
        <translation>Elija al menos una función.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="69"/>
        <source>Posts waiting for you</source>
        <translation>Publicaciones que esperan su decisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="70"/>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="70"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="70"/>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="71"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="71"/>
        <source>Text findings</source>
        <translation>Hallazgos en el texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="71"/>
        <source>Waiting since</source>
        <translation>En espera desde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="73"/>
        <source>When the post reached you: submitted, or approved at the step before yours</source>
        <translation>Cuándo le llegó la publicación: al enviarse o al aprobarse en el paso anterior al suyo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="85"/>
        <source>Comment for the author</source>
        <translation>Comentario para el autor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="86"/>
        <source>Comment for the author (needed to return or reject)</source>
        <translation>Comentario para el autor (necesario para devolver o rechazar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="90"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="91"/>
        <source>Approve (Ctrl+Return)</source>
        <translation>Aprobar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="92"/>
        <source>&amp;Return to author</source>
        <translation>&amp;Devolver al autor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="93"/>
        <source>Re&amp;ject</source>
        <translation>Rec&amp;hazar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="94"/>
        <source>Review &amp;faces...</source>
        <translation>Revisar &amp;caras...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="95"/>
        <source>Compare faces that resemble opted-out students with their reference photos and decide</source>
        <translation>Comparar las caras que se parecen a estudiantes excluidos con sus fotos de referencia y decidir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="104"/>
        <source>Decision status</source>
        <translation>Estado de la decisión</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/approvals.py" line="164"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="164"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/approvals.py" line="169"/>
        <source>%n post(s) waiting for you</source>
        <translation>
            <numerusform>%n publicación espera su decisión</numerusform>
            <numerusform>%n publicaciones esperan su decisión</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="215"/>
        <source>Decision recorded; approving screens the post again with it.</source>
        <translation>Decisión registrada; al aprobar, la publicación se revisa de nuevo con ella.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="226"/>
        <source>Screening the post again against today&apos;s roster...</source>
        <translation>Revisando de nuevo la publicación con la lista de hoy...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="237"/>
        <source>Write a comment for the author first.</source>
        <translation>Primero escriba un comentario para el autor.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="248"/>
        <source>Approved “{title}”.</source>
        <translation>Aprobada «{title}».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="248"/>
        <source>Returned “{title}” to its author.</source>
        <translation>Se devolvió «{title}» a su autor.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="249"/>
        <source>Rejected “{title}”.</source>
        <translation>Rechazada «{title}».</translation>
    </message>
    <message>
        <source>Choose the next post in the list.</source>
        <translation type="vanished">Elija la siguiente publicación de la lista.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="267"/>
        <source>photo {file} could not be screened</source>
        <translation>no se pudo revisar la foto {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="273"/>
        <source>photo {file} shows {name}, who has a photo opt-out for {use}</source>
        <translation>la foto {file} muestra a {name}, que no autoriza fotos para {use}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="277"/>
        <source>a face in photo {file} looks like {name}</source>
        <translation>un rostro de la foto {file} se parece a {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="281"/>
        <source>the text has {what}: “{text}”</source>
        <translation>el texto contiene {what}: “{text}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="283"/>
        <source>the text is over a channel&apos;s character limit</source>
        <translation>el texto supera el límite de caracteres de un canal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="291"/>
        <source>screening found something that must not be published</source>
        <translation>la revisión encontró algo que no debe publicarse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="292"/>
        <source>Not approved: {reasons}</source>
        <translation>No aprobada: {reasons}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="294"/>
        <source>Use Review faces to decide.</source>
        <translation>Use Revisar caras para decidir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/approvals.py" line="296"/>
        <source>Not done: {error}</source>
        <translation>No se hizo: {error}</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="151"/>
        <source>added</source>
        <translation>añadidos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="152"/>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="153"/>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="154"/>
        <source>blocking</source>
        <translation>lo que impide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="155"/>
        <source>first account</source>
        <translation>primera cuenta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="156"/>
        <source>face box</source>
        <translation>recuadro del rostro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="157"/>
        <source>building</source>
        <translation>edificio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="158"/>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="159"/>
        <source>approval chain</source>
        <translation>cadena de aprobación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="160"/>
        <source>channels</source>
        <translation>canales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="161"/>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="162"/>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="163"/>
        <source>district admin rights</source>
        <translation>derechos de administración del distrito</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="164"/>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="165"/>
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="166"/>
        <source>faces hidden</source>
        <translation>rostros ocultos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="167"/>
        <source>fields</source>
        <translation>campos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="168"/>
        <source>file name</source>
        <translation>nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="169"/>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="170"/>
        <source>flagged</source>
        <translation>señaladas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="171"/>
        <source>frame</source>
        <translation>fotograma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="172"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="173"/>
        <source>locked until</source>
        <translation>bloqueada hasta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="174"/>
        <source>largest share removed</source>
        <translation>proporción máxima de bajas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="175"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="176"/>
        <source>name opt-outs added</source>
        <translation>exclusiones de nombre añadidas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="177"/>
        <source>name opt-outs lifted</source>
        <translation>exclusiones de nombre retiradas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="178"/>
        <source>names</source>
        <translation>nombres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="179"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="180"/>
        <source>notice</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="181"/>
        <source>correct</source>
        <translation>correcta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="182"/>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="183"/>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="184"/>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="185"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="186"/>
        <source>photo opt-outs added</source>
        <translation>exclusiones de foto añadidas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="187"/>
        <source>photo opt-outs lifted</source>
        <translation>exclusiones de foto retiradas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="188"/>
        <source>photo fingerprint</source>
        <translation>huella de la foto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="189"/>
        <source>photos</source>
        <translation>fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="190"/>
        <source>reference photos to enrol</source>
        <translation>fotos de referencia por registrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="191"/>
        <source>reference photos unchanged</source>
        <translation>fotos de referencia sin cambios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="192"/>
        <source>platform</source>
        <translation>plataforma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="193"/>
        <source>posts checked</source>
        <translation>publicaciones comprobadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="194"/>
        <source>published on</source>
        <translation>publicada el</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="195"/>
        <source>purpose</source>
        <translation>finalidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="196"/>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="197"/>
        <source>re-encoded</source>
        <translation>recodificadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="198"/>
        <source>removals applied</source>
        <translation>bajas aplicadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="199"/>
        <source>removed</source>
        <translation>dados de baja</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="200"/>
        <source>removed (names)</source>
        <translation>dados de baja (nombres)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="201"/>
        <source>removed without an image</source>
        <translation>eliminadas sin imagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="202"/>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="203"/>
        <source>roles</source>
        <translation>funciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="204"/>
        <source>students before</source>
        <translation>estudiantes antes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="205"/>
        <source>roster version</source>
        <translation>versión de la lista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="206"/>
        <source>round</source>
        <translation>ronda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="207"/>
        <source>schools in the file</source>
        <translation>escuelas del archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="208"/>
        <source>fingerprint (SHA-256)</source>
        <translation>huella (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="209"/>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="210"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="211"/>
        <source>students</source>
        <translation>estudiantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="212"/>
        <source>face templates to delete</source>
        <translation>plantillas faciales por borrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="213"/>
        <source>text errors</source>
        <translation>errores en el texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="214"/>
        <source>text warnings</source>
        <translation>avisos en el texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="215"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="216"/>
        <source>faces undecided</source>
        <translation>rostros sin decidir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="217"/>
        <source>opted-out students not recognisable</source>
        <translation>estudiantes excluidos no reconocibles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="218"/>
        <source>of them in this building</source>
        <translation>de ellos en este edificio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="219"/>
        <source>not recognisable (names)</source>
        <translation>no reconocibles (nombres)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="220"/>
        <source>unusable reference photos</source>
        <translation>fotos de referencia inservibles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="221"/>
        <source>updated</source>
        <translation>actualizados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="222"/>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="223"/>
        <source>use</source>
        <translation>uso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="224"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="225"/>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="226"/>
        <source>through</source>
        <translation>mediante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="227"/>
        <source>without a reference photo</source>
        <translation>sin foto de referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="228"/>
        <source>files written</source>
        <translation>archivos escritos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="240"/>
        <source>in the post</source>
        <translation>en la publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="241"/>
        <source>in the profile</source>
        <translation>en el perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="242"/>
        <source>clear</source>
        <translation>sin problemas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="243"/>
        <source>review</source>
        <translation>revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="244"/>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>whole-school recognition</source>
        <translation>reconocimiento de todo el alumnado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>templates of students without an opt-out</source>
        <translation>plantillas de alumnos sin exclusión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>weak reference photos</source>
        <translation>fotos de referencia deficientes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>weak reference photos of students without an opt-out</source>
        <translation>fotos de referencia deficientes de alumnos sin exclusión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>face templates deleted</source>
        <translation>plantillas faciales borradas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>match threshold</source>
        <translation>umbral de coincidencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>review threshold</source>
        <translation>umbral de revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>identification threshold</source>
        <translation>umbral de identificación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>identification margin</source>
        <translation>margen de identificación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>cohort score for review</source>
        <translation>puntuación de cohorte para revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>review threshold (whole school)</source>
        <translation>umbral de revisión (todo el alumnado)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>cohort score for review (whole school)</source>
        <translation>puntuación de cohorte para revisión (todo el alumnado)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>smallest face to match fully</source>
        <translation>cara mínima para comparar plenamente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>least sharpness to match fully</source>
        <translation>nitidez mínima para comparar plenamente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>most head turn to match fully</source>
        <translation>giro máximo para comparar plenamente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>smallest face to match at all</source>
        <translation>cara mínima para comparar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>least sharpness to match at all</source>
        <translation>nitidez mínima para comparar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>most head turn to match at all</source>
        <translation>giro máximo para comparar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>margin for poorly seen faces</source>
        <translation>margen para caras poco visibles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>margin for weak reference photos</source>
        <translation>margen para fotos de referencia deficientes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>matches to other buildings</source>
        <translation>coincidencias de otros edificios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>reference photos per student</source>
        <translation>fotos de referencia por alumno</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>detector threshold</source>
        <translation>umbral del detector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>second face detector</source>
        <translation>segundo detector de caras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>largest decoded side</source>
        <translation>lado máximo decodificado</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="50"/>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="71"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="52"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="54"/>
        <source>Subject ID, e.g. a post number</source>
        <translation>ID del objeto, p. ej. un número de publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="55"/>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="71"/>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="57"/>
        <source>Who or what (filters the shown rows)</source>
        <translation>Quién o qué (filtra las filas mostradas)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="58"/>
        <source>Filter text</source>
        <translation>Texto del filtro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="60"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="65"/>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="70"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="70"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="70"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="70"/>
        <source>Workstation</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="71"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="71"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="126"/>
        <source>Checking every entry...</source>
        <translation>Comprobando cada entrada...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="132"/>
        <source>✔ The chain is intact: {n} entries. Head hash {h} (note it down to prove later that nothing was cut off).</source>
        <translation>✔ La cadena está intacta: {n} entradas. Hash final {h} (anótelo para demostrar más adelante que no se eliminó nada).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="136"/>
        <source>✖ The chain is broken at entry {seq}: {reason}.</source>
        <translation>✖ La cadena está rota en la entrada {seq}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="20"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="20"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="76"/>
        <source>Details of the chosen entry</source>
        <translation>Detalles de la entrada elegida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/audit_page.py" line="77"/>
        <source>Choose an entry to read its details.</source>
        <translation>Elija una entrada para leer sus detalles.</translation>
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
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="23"/>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="26"/>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="29"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="23"/>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="26"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="23"/>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="26"/>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="23"/>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="26"/>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="29"/>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="24"/>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="24"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="24"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="25"/>
        <source>Channel requests</source>
        <translation>Solicitudes de canal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="27"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="27"/>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="27"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="27"/>
        <source>Approval chain</source>
        <translation>Cadena de aprobación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="28"/>
        <source>Approved channels</source>
        <translation>Canales aprobados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="29"/>
        <source>Last post</source>
        <translation>Última publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="30"/>
        <source>Days quiet</source>
        <translation>Días sin publicar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="30"/>
        <source>Possibly abandoned channels</source>
        <translation>Canales posiblemente abandonados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="32"/>
        <source>Comment (needed to reject)</source>
        <translation>Comentario (necesario para rechazar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="33"/>
        <source>Comment on the request</source>
        <translation>Comentario sobre la solicitud</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="34"/>
        <source>The district holds &amp;administrative rights to this account</source>
        <translation>El distrito tiene derechos de &amp;administración de esta cuenta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="35"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="36"/>
        <source>Re&amp;ject</source>
        <translation>Rec&amp;hazar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="50"/>
        <source>&amp;Requests</source>
        <translation>&amp;Solicitudes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="51"/>
        <source>A&amp;pproved</source>
        <translation>A&amp;probados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="52"/>
        <source>Possibly a&amp;bandoned</source>
        <translation>Posiblemente a&amp;bandonados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="64"/>
        <source>endorsed by the principal</source>
        <translation>respaldado por el director de la escuela</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="64"/>
        <source>requested</source>
        <translation>solicitado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="69"/>
        <source>in every post</source>
        <translation>en cada publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="69"/>
        <source>on the profile</source>
        <translation>en el perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="76"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="88"/>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="109"/>
        <source>Choose a request first.</source>
        <translation>Primero elija una solicitud.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="102"/>
        <source>{name} is now {status}.</source>
        <translation>{name} ahora está {status}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="116"/>
        <source>{name} was rejected.</source>
        <translation>{name} fue rechazado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/channels_page.py" line="94"/>
        <source>Final approval records that the district holds administrative rights to the account: tick “The district holds administrative rights to this account” if it does, then approve.</source>
        <translation>La aprobación final deja constancia de que el distrito tiene derechos de administración de la cuenta: marque “El distrito tiene derechos de administración de esta cuenta” si es así, y apruebe.</translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="129"/>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="133"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="134"/>
        <source>A short title for the approvers (not published)</source>
        <translation>Un título breve para quienes aprueban (no se publica)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="135"/>
        <source>T&amp;itle:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="139"/>
        <source>The procedure&apos;s four questions</source>
        <translation>Las cuatro preguntas del procedimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="163"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="174"/>
        <source>Start a &amp;new post</source>
        <translation>Empezar una publicación &amp;nueva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="175"/>
        <source>Su&amp;bmit for approval...</source>
        <translation>En&amp;viar para aprobación...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="177"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="303"/>
        <location filename="../../desktop_app/gui/composer/page.py" line="484"/>
        <source>Choose a channel and the draft saves itself as you type.</source>
        <translation>Elija un canal y el borrador se guardará solo mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="384"/>
        <source>This post is {status}; it cannot be changed here.</source>
        <translation>Esta publicación está {status}; no se puede cambiar aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="403"/>
        <source>Editing...</source>
        <translation>Editando...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="468"/>
        <source>Untitled post</source>
        <translation>Publicación sin título</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="491"/>
        <source>Not saved: a post needs at least one channel.</source>
        <translation>No se guardó: una publicación necesita al menos un canal.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="496"/>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="503"/>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="575"/>
        <source>Restored what you typed last time; choose a channel to save it.</source>
        <translation>Se recuperó lo que escribió la última vez; elija un canal para guardarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="647"/>
        <source>Photo not removed</source>
        <translation>La foto no se quitó</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="687"/>
        <source>Choose a channel first: the draft must be saved to redact a photo.</source>
        <translation>Primero elija un canal: el borrador debe estar guardado para ocultar caras en una foto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="690"/>
        <source>Making the redacted copy of {name} and screening it again...</source>
        <translation>Creando la copia con caras ocultas de {name} y revisándola de nuevo...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="709"/>
        <source>The photo was replaced by its redacted copy; the approvers will review it.</source>
        <translation>La foto se reemplazó por su copia con caras ocultas; quienes aprueban la revisarán.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="727"/>
        <source>No redacted copy: {error}</source>
        <translation>Sin copia con caras ocultas: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="302"/>
        <location filename="../../desktop_app/gui/composer/page.py" line="735"/>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="254"/>
        <source>Your most recent draft. Use Start a new post for another post.</source>
        <translation>Su borrador más reciente. Use «Empezar una publicación nueva» para otra publicación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="302"/>
        <source>New post</source>
        <translation>Publicación nueva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="381"/>
        <source>Post {id}, {status}</source>
        <translation>Publicación {id}, {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="450"/>
        <source>Nothing is saved until you choose at least one channel.</source>
        <translation>No se guarda nada hasta que elija al menos un canal.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="453"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="454"/>
        <source>What you typed or added is not saved as a draft. {reason}

Discard it?</source>
        <translation>Lo que escribió o añadió no está guardado como borrador. {reason}

¿Descartarlo?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="475"/>
        <source>Not saved as a draft yet: choose at least one channel. What you type is kept on this computer until then.</source>
        <translation>Aún no se guarda como borrador: elija al menos un canal. Lo que escriba se conserva en este equipo hasta entonces.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="481"/>
        <source>Not saved as a draft yet: choose at least one channel to keep the photos.</source>
        <translation>Aún no se guarda como borrador: elija al menos un canal para conservar las fotos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="572"/>
        <source>Restored the changes you had not saved last time.</source>
        <translation>Se recuperaron los cambios que no había guardado la última vez.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="604"/>
        <source>Not saved as a draft yet: choose at least one channel to keep the photos; they are screened for its uses.</source>
        <translation>Aún no se guarda como borrador: elija al menos un canal para conservar las fotos; se revisan para los usos de ese canal.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="640"/>
        <source>{file} is larger than 40 MB.</source>
        <translation>{file} ocupa más de 40 MB.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="642"/>
        <source>{file} could not be opened: {reason}</source>
        <translation>No se pudo abrir {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="644"/>
        <source>{file} could not be screened now; it is screened again when you submit.</source>
        <translation>No se pudo revisar {file} ahora; se revisará de nuevo al enviar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="648"/>
        <source>The photo could not be removed from the draft: {error}</source>
        <translation>No se pudo quitar la foto del borrador: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="654"/>
        <source>{file} was not saved in the draft: {error}</source>
        <translation>{file} no se guardó en el borrador: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="718"/>
        <source>the copy would still show a restricted face, so nothing was changed. Remove the photo instead.</source>
        <translation>la copia seguiría mostrando un rostro restringido, así que no se cambió nada. Quite la foto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="721"/>
        <source>the draft was changed elsewhere meanwhile. Open it again and retry.</source>
        <translation>el borrador se cambió en otro lugar mientras tanto. Ábralo de nuevo e inténtelo otra vez.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="723"/>
        <source>this photo cannot be redacted (it could not be screened, has no face to hide, or was replaced already).</source>
        <translation>esta foto no se puede ocultar (no se pudo revisar, no tiene ningún rostro que ocultar o ya se sustituyó).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="726"/>
        <source>ClearPost could not make the copy. Try again; if it keeps happening, tell IT.</source>
        <translation>ClearPost no pudo hacer la copia. Inténtelo de nuevo; si sigue pasando, avise a informática.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="735"/>
        <source>Choose at least one channel first.</source>
        <translation>Primero elija al menos un canal.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="738"/>
        <source>Photos still being added</source>
        <translation>Todavía se están añadiendo fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="739"/>
        <source>Wait until every photo is saved in the draft, then submit.</source>
        <translation>Espere a que todas las fotos se guarden en el borrador y luego envíe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="743"/>
        <source>Questions to answer</source>
        <translation>Preguntas por responder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="744"/>
        <source>Answer the procedure&apos;s questions first:</source>
        <translation>Primero responda las preguntas del procedimiento:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="754"/>
        <source>Submitted. Waiting for: {who}.</source>
        <translation>Enviada. En espera de: {who}.</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../desktop_app/gui/banner.py" line="13"/>
        <source>&lt;b&gt;Demo district&lt;/b&gt; - invented staff and students, sample photos. To open your district, IT connects ClearPost to its database (Settings, or the workstation&apos;s configuration).</source>
        <translation>&lt;b&gt;Distrito de demostración&lt;/b&gt;: personal y estudiantes inventados, fotos de ejemplo. Para abrir su distrito, informática conecta ClearPost a su base de datos (Configuración, o la configuración del equipo).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/banner.py" line="23"/>
        <source>Demo district</source>
        <translation>Distrito de demostración</translation>
    </message>
</context>
<context>
    <name>FaceReviewDialog</name>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="37"/>
        <source>Review faces of post {id}</source>
        <translation>Revisar caras de la publicación {id}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="41"/>
        <source>Faces to review</source>
        <translation>Caras por revisar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="44"/>
        <source>The face in the photo</source>
        <translation>La cara en la foto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="64"/>
        <source>Loading the faces...</source>
        <translation>Cargando las caras...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="70"/>
        <source>Compare each face with the student&apos;s reference photos. “Not this student” clears the face for that student only; “This is the student” means the photo must be redacted or removed.</source>
        <translation>Compare cada cara con las fotos de referencia del estudiante. “No es este estudiante” libera la cara solo para ese estudiante; “Es el estudiante” significa que la foto debe ocultarse o quitarse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="90"/>
        <source>{file}: face {n}</source>
        <translation>{file}: cara {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/review_dialog.py" line="91"/>
        <source>%n to decide</source>
        <translation>
            <numerusform>%n por decidir</numerusform>
            <numerusform>%n por decidir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="91"/>
        <source>decided</source>
        <translation>decidida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="94"/>
        <source>No face of this post resembles an opted-out student.</source>
        <translation>Ninguna cara de esta publicación se parece a un estudiante excluido.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/review_dialog.py" line="97"/>
        <source>%n face(s) resemble opted-out students.</source>
        <translation>
            <numerusform>%n cara se parece a estudiantes excluidos.</numerusform>
            <numerusform>%n caras se parecen a estudiantes excluidos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="115"/>
        <source>{file}, use: {use}</source>
        <translation>{file}, uso: {use}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="123"/>
        <source>Student {name}</source>
        <translation>Estudiante {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="125"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({id}), {school}; distance {distance:.2f}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({id}), {school}; distancia {distance:.2f}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="126"/>
        <source>no school</source>
        <translation>sin escuela</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="132"/>
        <source>Reference photo of {name}</source>
        <translation>Foto de referencia de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="137"/>
        <source>Decided: this is the student.</source>
        <translation>Decidido: es el estudiante.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="138"/>
        <source>Decided: not this student.</source>
        <translation>Decidido: no es este estudiante.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="141"/>
        <source>This &amp;is {name}</source>
        <translation>&amp;Es {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="142"/>
        <source>&amp;Not {name}</source>
        <translation>&amp;No es {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="154"/>
        <source>Recording the decision...</source>
        <translation>Registrando la decisión...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/review_dialog.py" line="163"/>
        <source>Not done: {error}</source>
        <translation>No se hizo: {error}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="16"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="17"/>
        <source>waiting for approval</source>
        <translation>en espera de aprobación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="18"/>
        <source>returned to the author</source>
        <translation>devuelta a su autor/a</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="19"/>
        <location filename="../../desktop_app/gui/labels.py" line="42"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="20"/>
        <location filename="../../desktop_app/gui/labels.py" line="41"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="21"/>
        <source>published</source>
        <translation>publicada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="22"/>
        <source>taken down</source>
        <translation>retirada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="30"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="31"/>
        <source>Returned</source>
        <translation>Devuelta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="32"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="39"/>
        <source>requested</source>
        <translation>solicitado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="40"/>
        <source>endorsed by the principal</source>
        <translation>respaldado por el/la director/a de escuela</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="43"/>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="50"/>
        <source>author</source>
        <translation>autor/a</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="51"/>
        <source>principal</source>
        <translation>director/a de escuela</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="52"/>
        <source>Communications Director</source>
        <translation>Director/a de Comunicaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="53"/>
        <source>IT administrator</source>
        <translation>administrador/a de TI</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="63"/>
        <source>social media</source>
        <translation>redes sociales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="64"/>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="65"/>
        <source>press</source>
        <translation>prensa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="66"/>
        <source>yearbook</source>
        <translation>anuario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="78"/>
        <source>all uses</source>
        <translation>todos los usos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="84"/>
        <source>channel approved</source>
        <translation>canal aprobado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="85"/>
        <source>channel approvers changed</source>
        <translation>cadena de aprobación del canal cambiada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="86"/>
        <source>channel endorsed</source>
        <translation>canal respaldado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="87"/>
        <source>channel rejected</source>
        <translation>canal rechazado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="88"/>
        <source>channel requested</source>
        <translation>canal solicitado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="89"/>
        <source>channel retired</source>
        <translation>canal retirado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="90"/>
        <source>face reviewed</source>
        <translation>cara revisada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="91"/>
        <source>approval refused by the checks</source>
        <translation>aprobación bloqueada por las comprobaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="92"/>
        <source>post approved</source>
        <translation>publicación aprobada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="93"/>
        <source>post created</source>
        <translation>publicación creada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="94"/>
        <source>post edited</source>
        <translation>publicación editada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="95"/>
        <source>export refused</source>
        <translation>exportación rechazada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="96"/>
        <source>post exported</source>
        <translation>publicación exportada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="97"/>
        <source>photo attached</source>
        <translation>foto añadida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="98"/>
        <source>photo redacted</source>
        <translation>caras ocultadas en una foto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="99"/>
        <source>photo removed</source>
        <translation>foto quitada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="100"/>
        <source>post published</source>
        <translation>publicación marcada como publicada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="101"/>
        <source>post taken down</source>
        <translation>publicación retirada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="102"/>
        <source>post returned to the author</source>
        <translation>publicación devuelta a su autor/a</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="103"/>
        <source>post rejected</source>
        <translation>publicación rechazada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="104"/>
        <source>post screened</source>
        <translation>publicación revisada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="105"/>
        <source>approval step passed</source>
        <translation>paso de aprobación superado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="106"/>
        <source>submission refused by the checks</source>
        <translation>envío bloqueado por las comprobaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="107"/>
        <source>post submitted</source>
        <translation>publicación enviada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="108"/>
        <source>post withdrawn</source>
        <translation>publicación retirada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="109"/>
        <source>roster imported</source>
        <translation>lista de estudiantes importada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="110"/>
        <source>roster re-encoded</source>
        <translation>lista de estudiantes codificada de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="111"/>
        <source>settings changed</source>
        <translation>configuración cambiada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="112"/>
        <source>notice changed</source>
        <translation>aviso cambiado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="113"/>
        <source>screening thresholds changed</source>
        <translation>umbrales de revisión cambiados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="114"/>
        <source>signed in</source>
        <translation>sesión iniciada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="115"/>
        <source>sign-in failed</source>
        <translation>inicio de sesión fallido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="116"/>
        <source>sign-in refused</source>
        <translation>inicio de sesión rechazado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="117"/>
        <source>account activated</source>
        <translation>cuenta activada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="118"/>
        <source>account added</source>
        <translation>cuenta añadida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="119"/>
        <source>building changed</source>
        <translation>edificio cambiado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="120"/>
        <source>account deactivated</source>
        <translation>cuenta desactivada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="121"/>
        <source>password set</source>
        <translation>contraseña establecida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="122"/>
        <source>roles changed</source>
        <translation>funciones cambiadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="123"/>
        <source>account unlocked</source>
        <translation>cuenta desbloqueada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="124"/>
        <source>takedown list checked</source>
        <translation>publicaciones por retirar comprobadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="125"/>
        <source>audit chain verified</source>
        <translation>cadena de auditoría verificada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="126"/>
        <source>public records exported</source>
        <translation>registros públicos exportados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="127"/>
        <source>face-matching usage report made</source>
        <translation>informe de uso del reconocimiento facial generado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="134"/>
        <source>post</source>
        <translation>publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="135"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="136"/>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="137"/>
        <source>roster</source>
        <translation>lista de estudiantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="138"/>
        <source>settings</source>
        <translation>configuración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="139"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="140"/>
        <source>face</source>
        <translation>cara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="141"/>
        <source>sign-ins</source>
        <translation>inicios de sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="142"/>
        <source>public records</source>
        <translation>registros públicos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="143"/>
        <source>audit log</source>
        <translation>registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="144"/>
        <source>takedown list</source>
        <translation>publicaciones por retirar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>setting</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>screening thresholds</source>
        <translation>umbrales de cribado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="1"/>
        <source>required notice</source>
        <translation>aviso obligatorio</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="144"/>
        <source>Red: restricted (photo opt-out)</source>
        <translation>Rojo: restringida (no autoriza fotos)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="145"/>
        <source>Amber: a person must check</source>
        <translation>Ámbar: una persona debe revisar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="146"/>
        <source>Green: clear</source>
        <translation>Verde: sin problemas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="156"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="105"/>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;ClearPost locked itself after a while without use. {name}, enter your password to go on.</source>
        <translation>&lt;h2&gt;Bloqueado&lt;/h2&gt;ClearPost se bloqueó tras un rato sin uso. {name}, escriba su contraseña para continuar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="70"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="71"/>
        <source>Password for {email}</source>
        <translation>Contraseña de {email}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="72"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="74"/>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="77"/>
        <source>Unlock problem</source>
        <translation>Problema al desbloquear</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="121"/>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="103"/>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;You locked ClearPost. {name}, enter your password to go on.</source>
        <translation>&lt;h2&gt;Bloqueado&lt;/h2&gt;Usted bloqueó ClearPost. {name}, escriba su contraseña para continuar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="30"/>
        <source>New post</source>
        <translation>Publicación nueva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="31"/>
        <source>My posts</source>
        <translation>Mis publicaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="33"/>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="35"/>
        <source>Ready to publish</source>
        <translation>Listas para publicar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="37"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="39"/>
        <source>Roster</source>
        <translation>Lista de estudiantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="40"/>
        <source>Takedown list</source>
        <translation>Publicaciones por retirar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="41"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="42"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="43"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="44"/>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="96"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="129"/>
        <source>Signed in as {name} ({roles}){where}</source>
        <translation>Sesión de {name} ({roles}){where}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="151"/>
        <location filename="../../desktop_app/gui/main_window.py" line="158"/>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="164"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="166"/>
        <source>&amp;New post</source>
        <translation>&amp;Publicación nueva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="170"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="174"/>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="178"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="182"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="189"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="190"/>
        <source>&amp;About ClearPost</source>
        <translation>&amp;Acerca de ClearPost</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="288"/>
        <source>About ClearPost</source>
        <translation>Acerca de ClearPost</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="289"/>
        <source>ClearPost screens school photos and posts against the district&apos;s opt-out roster before they are published.

Database: {db}</source>
        <translation>ClearPost revisa las fotos y publicaciones escolares con la lista de exclusiones del distrito antes de publicarlas.

Base de datos: {db}</translation>
    </message>
</context>
<context>
    <name>MyPostsPage</name>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="43"/>
        <source>My posts</source>
        <translation>Mis publicaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="44"/>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="44"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="44"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="45"/>
        <source>Latest comment</source>
        <translation>Último comentario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="53"/>
        <source>&amp;Open in the composer</source>
        <translation>&amp;Abrir en el editor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="54"/>
        <source>&amp;Withdraw to a draft</source>
        <translation>&amp;Retirar a borrador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="61"/>
        <source>Approver&apos;s comment</source>
        <translation>Comentario de quien aprueba</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="112"/>
        <source>published - must be taken down</source>
        <translation>publicada: hay que retirarla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="117"/>
        <source>waiting for the {role}</source>
        <translation>en espera de: {role}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="143"/>
        <source>Why: {reasons}.</source>
        <translation>Motivo: {reasons}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="157"/>
        <source>Taken down on {when} by {who}: a roster change means it may no longer be online.</source>
        <translation>Retirada el {when} por {who}: por un cambio en la lista de exclusiones ya no puede estar en línea.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="159"/>
        <source>A roster change means this post must come down; the Communications Director takes it off its channels.</source>
        <translation>Por un cambio en la lista de exclusiones hay que retirar esta publicación; la Dirección de Comunicaciones la quita de sus canales.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="163"/>
        <source>Returned by {who} ({role}) on {when}:</source>
        <translation>Devuelta por {who} ({role}) el {when}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="164"/>
        <source>Rejected by {who} ({role}) on {when}:</source>
        <translation>Rechazada por {who} ({role}) el {when}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="165"/>
        <source>Comment from {who} ({role}) on {when}:</source>
        <translation>Comentario de {who} ({role}) el {when}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/my_posts.py" line="183"/>
        <source>“{title}” is a draft again.</source>
        <translation>«{title}» vuelve a ser un borrador.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="158"/>
        <source>New password for {name}</source>
        <translation>Nueva contraseña para {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="162"/>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="166"/>
        <source>New password again</source>
        <translation>Repita la nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="169"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="170"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="171"/>
        <source>{name} signs in with this password from now on; tell it to them in person or by phone, not by e-mail.</source>
        <translation>{name} inicia sesión con esta contraseña a partir de ahora; dígasela en persona o por teléfono, no por correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="178"/>
        <source>&amp;Set password</source>
        <translation>&amp;Establecer contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="191"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>PhotoCanvas</name>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="70"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="78"/>
        <source>No face found</source>
        <translation>No se encontró ninguna cara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="101"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="94"/>
        <source>Photo: {name}</source>
        <translation>Foto: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="104"/>
        <source>Faces that need attention</source>
        <translation>Rostros que requieren atención</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="108"/>
        <source>&amp;Faces that need attention (choose one to zoom in):</source>
        <translation>&amp;Rostros que requieren atención (elija uno para ampliarlo):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="114"/>
        <source>Show the &amp;whole photo</source>
        <translation>Mostrar la foto &amp;completa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="127"/>
        <source>Not screened yet.</source>
        <translation>Aún no revisada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="129"/>
        <source>&lt;b&gt;Verdict: {verdict}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Resultado: {verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="131"/>
        <source>Cannot be screened: {reason}</source>
        <translation>No se puede revisar: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="134"/>
        <source>No face found.</source>
        <translation>No se encontró ningún rostro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="137"/>
        <source>One other face is clear.</source>
        <translation>Otro rostro no tiene problemas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="139"/>
        <source>%n other faces are clear.</source>
        <translation>
            <numerusform>Otro rostro no tiene problemas.</numerusform>
            <numerusform>Otros %n rostros no tienen problemas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="141"/>
        <source>The face is clear.</source>
        <translation>El rostro no tiene problemas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="143"/>
        <source>All %n faces are clear.</source>
        <translation>
            <numerusform>El rostro no tiene problemas.</numerusform>
            <numerusform>Ninguno de los %n rostros tiene problemas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="177"/>
        <source>Re&amp;move photo</source>
        <translation>&amp;Quitar la foto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="178"/>
        <source>Replace with re&amp;dacted copy</source>
        <translation>Reemplazar por la copia con caras &amp;ocultas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photo_dialog.py" line="179"/>
        <source>Restricted and unclear faces are pixelated; the copy goes to the approvers for review.</source>
        <translation>Las caras restringidas o dudosas se pixelan; la copia pasa a revisión de quienes aprueban.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Not added (not a photo ClearPost can screen): {names}.</source>
        <translation>No se añadió (no es una foto que ClearPost pueda revisar): {names}.</translation>
    </message>
    <message>
        <source>No photos in the folder {names}; folders inside a folder are not opened.</source>
        <translation>No hay fotos en la carpeta {names}; las carpetas dentro de una carpeta no se abren.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="99"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="106"/>
        <source>Drop photos here, paste one (Ctrl+V in the list), or use Add photos.</source>
        <translation>Suelte fotos aquí, pegue una (Ctrl+V en la lista) o use Añadir fotos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="108"/>
        <source>&amp;Add photos...</source>
        <translation>&amp;Añadir fotos...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="109"/>
        <source>&amp;View faces...</source>
        <translation>&amp;Ver caras...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="110"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="111"/>
        <source>Replace with re&amp;dacted copy</source>
        <translation>Reemplazar por la copia con caras &amp;ocultas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="112"/>
        <source>&amp;Cancel screening</source>
        <translation>&amp;Cancelar revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="118"/>
        <source>Screening progress</source>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="120"/>
        <source>Screening status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="160"/>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="161"/>
        <source>Images ({pattern})</source>
        <translation>Imágenes ({pattern})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="171"/>
        <source>pasted-photo.png</source>
        <translation>foto-pegada.png</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/composer/photos.py" line="229"/>
        <source>Screening %n photo(s) in the background...</source>
        <translation>
            <numerusform>Revisando %n foto en segundo plano...</numerusform>
            <numerusform>Revisando %n fotos en segundo plano...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="230"/>
        <source>Saving photos...</source>
        <translation>Guardando fotos...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="244"/>
        <source>Opening...</source>
        <translation>Abriendo...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="244"/>
        <source>Saving...</source>
        <translation>Guardando...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/photos.py" line="245"/>
        <source>Screened when you choose a channel</source>
        <translation>Se revisa cuando elija un canal</translation>
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
        <location filename="../../desktop_app/gui/composer/photos.py" line="247"/>
        <source>Not added</source>
        <translation>No añadida</translation>
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
        <location filename="../../desktop_app/gui/photo_view.py" line="43"/>
        <source>Face {n}: {verdict}</source>
        <translation>Cara {n}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="47"/>
        <source> - {name} ({id}) has a photo opt-out</source>
        <translation> - {name} ({id}) no autoriza fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="49"/>
        <source> - a student with a photo opt-out</source>
        <translation> - un estudiante que no autoriza fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="53"/>
        <source> - looks like {name}; check</source>
        <translation> - se parece a {name}; revise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="168"/>
        <source>Faces found</source>
        <translation>Caras encontradas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="178"/>
        <source>Not screened yet.</source>
        <translation>Aún no revisada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="182"/>
        <source>Cannot be screened: {reason}</source>
        <translation>No se puede revisar: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="185"/>
        <source>No face found.</source>
        <translation>No se encontró ninguna cara.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="186"/>
        <source>Verdict: {verdict}</source>
        <translation>Resultado: {verdict}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="1"/>
        <source>a student without an opt-out</source>
        <translation>un alumno sin exclusión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="1"/>
        <source>resembles an opted-out student</source>
        <translation>se parece a un alumno excluido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="1"/>
        <source>resembles an opted-out student (face not clearly visible)</source>
        <translation>se parece a un alumno excluido (cara poco visible)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="1"/>
        <source>matches an opted-out student of another building</source>
        <translation>coincide con un alumno excluido de otro edificio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="1"/>
        <source>face too small to match reliably</source>
        <translation>cara demasiado pequeña para comparar con fiabilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="1"/>
        <source>face too blurred to match reliably</source>
        <translation>cara demasiado borrosa para comparar con fiabilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="1"/>
        <source>face turned away; could not be matched reliably</source>
        <translation>cara girada; no se pudo comparar con fiabilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="1"/>
        <source>face turned sideways; could not be matched reliably</source>
        <translation>cara de lado; no se pudo comparar con fiabilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/photo_view.py" line="1"/>
        <source>eyes and mouth not found; could not be matched reliably</source>
        <translation>no se encontraron ojos y boca; no se pudo comparar con fiabilidad</translation>
    </message>
</context>
<context>
    <name>PostDetail</name>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="43"/>
        <source>Post as published</source>
        <translation>Publicación tal como se publicará</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="48"/>
        <source>Photos of the post</source>
        <translation>Fotos de la publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="56"/>
        <source>Findings to decide</source>
        <translation>Hallazgos por decidir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="59"/>
        <location filename="../../desktop_app/gui/post_detail.py" line="71"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="67"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="68"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="69"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="70"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="87"/>
        <source>Choose a post.</source>
        <translation>Elija una publicación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="94"/>
        <source>&lt;h3&gt;{title}&lt;/h3&gt;By {author}, {building}. Status: &lt;b&gt;{status}&lt;/b&gt;. Channels: {channels}.</source>
        <translation>&lt;h3&gt;{title}&lt;/h3&gt;De {author}, {building}. Estado: &lt;b&gt;{status}&lt;/b&gt;. Canales: {channels}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="117"/>
        <source>{name}: redacted copy - check that every face that must be hidden is</source>
        <translation>{name}: copia con caras ocultas; compruebe que todas las caras que deben ocultarse lo estén</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="120"/>
        <source>{name}: {source} mentions “{text}” (removed on export)</source>
        <translation>{name}: {source} menciona «{text}» (se elimina al exportar)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/post_detail.py" line="127"/>
        <source>%n opted-out student(s) of this building cannot be recognised: check faces by eye</source>
        <translation>
            <numerusform>%n estudiante con exclusión de este edificio no se puede reconocer: revise las caras a simple vista</numerusform>
            <numerusform>%n estudiantes con exclusión de este edificio no se pueden reconocer: revise las caras a simple vista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/post_detail.py" line="129"/>
        <source>%n opted-out student(s) in the district cannot be recognised: check faces by eye</source>
        <translation>
            <numerusform>%n estudiante con exclusión del distrito no se puede reconocer: revise las caras a simple vista</numerusform>
            <numerusform>%n estudiantes con exclusión del distrito no se pueden reconocer: revise las caras a simple vista</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="132"/>
        <source>They have no usable reference photo, so screening cannot match their faces. The Roster page lists them.</source>
        <translation>No tienen una foto de referencia utilizable, así que la revisión no puede reconocer sus caras. La página Lista de estudiantes los muestra.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="145"/>
        <source>Nothing to decide.</source>
        <translation>Nada que decidir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="146"/>
        <source>&lt;b&gt;Audience:&lt;/b&gt; {a}&lt;br&gt;&lt;b&gt;What is communicated:&lt;/b&gt; {m}&lt;br&gt;&lt;b&gt;Why this channel:&lt;/b&gt; {r}&lt;br&gt;&lt;b&gt;Who manages the account:&lt;/b&gt; {w}</source>
        <translation>&lt;b&gt;Público:&lt;/b&gt; {a}&lt;br&gt;&lt;b&gt;Qué se comunica:&lt;/b&gt; {m}&lt;br&gt;&lt;b&gt;Por qué este canal:&lt;/b&gt; {r}&lt;br&gt;&lt;b&gt;Quién gestiona la cuenta:&lt;/b&gt; {w}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="156"/>
        <source>Created by {who}</source>
        <translation>Creada por {who}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="158"/>
        <source>Submitted (round {n})</source>
        <translation>Enviada (ronda {n})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="160"/>
        <source>{decision} by {who} ({role}, round {round})</source>
        <translation>{decision}: {who} ({role}, ronda {round})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/post_detail.py" line="166"/>
        <source>Published at {url}</source>
        <translation>Publicada en {url}</translation>
    </message>
</context>
<context>
    <name>PostTextPanel</name>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="69"/>
        <source>Post text</source>
        <translation>Texto de la publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="70"/>
        <source>Write the post. The district&apos;s notice is added at the end.</source>
        <translation>Escriba la publicación. El aviso del distrito se añade al final.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="74"/>
        <source>Text findings</source>
        <translation>Hallazgos en el texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="86"/>
        <source>Findings in the text:</source>
        <translation>Hallazgos en el texto:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="99"/>
        <source>Preview for channel</source>
        <translation>Vista previa para el canal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="103"/>
        <source>Preview as published</source>
        <translation>Vista previa tal como se publicará</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="110"/>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="111"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="119"/>
        <source>Length per channel</source>
        <translation>Longitud por canal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="159"/>
        <source>As published on {name}</source>
        <translation>Tal como se publicará en {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="184"/>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="193"/>
        <source>Choose a channel to see the length with the notice.</source>
        <translation>Elija un canal para ver la longitud con el aviso.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="201"/>
        <source>✖ {name}: {n} / {limit} - {over} too long</source>
        <translation>✖ {name}: {n} / {limit} - sobran {over}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="204"/>
        <source>✔ {name}: {n} / {limit}</source>
        <translation>✔ {name}: {n} / {limit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="206"/>
        <source>{name}: {n} characters</source>
        <translation>{name}: {n} caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="207"/>
        <source>(counts include the notice)</source>
        <translation>(incluye el aviso)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/text_editor.py" line="221"/>
        <source>Choose a channel to preview the post.</source>
        <translation>Elija un canal para ver la vista previa.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="71"/>
        <source>Mark as published</source>
        <translation>Marcar como publicada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="74"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; went to:&lt;ul&gt;{channels}&lt;/ul&gt;Give the address of the published post (the takedown list and the records export link to it) and the day it went online.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; se publica en:&lt;ul&gt;{channels}&lt;/ul&gt;Indique la dirección web de la publicación (la lista de publicaciones por retirar y la exportación de registros enlazan a ella) y el día en que se puso en línea.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="80"/>
        <source>Address of the published post</source>
        <translation>Dirección web de la publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="84"/>
        <source>Day it was published</source>
        <translation>Día en que se publicó</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="92"/>
        <source>Why it was not recorded</source>
        <translation>Por qué no se registró</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="95"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="96"/>
        <source>&amp;Day:</source>
        <translation>Dí&amp;a:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="98"/>
        <source>&amp;Mark as published</source>
        <translation>&amp;Marcar como publicada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="117"/>
        <source>Give the address where the post is online.</source>
        <translation>Indique la dirección web donde está la publicación.</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>Approved channels with no published post for longer than the district allows. Post to them, or retire the ones no longer used: choose one and click Retire channel.</source>
        <translation>Canales aprobados que llevan sin publicaciones más tiempo del que permite el distrito. Publique en ellos o retire los que ya no se usan: elija uno y haga clic en Retirar canal.</translation>
    </message>
    <message>
        <source>Approved channels with no published post for longer than the district allows. Post to them, or ask the Communications Director to retire them.</source>
        <translation>Canales aprobados que llevan sin publicaciones más tiempo del que permite el distrito. Publique en ellos o pida al/a la Director/a de Comunicaciones que los retire.</translation>
    </message>
    <message>
        <source>Re&amp;tire channel...</source>
        <translation>Re&amp;tirar canal...</translation>
    </message>
    <message>
        <source>Retire this channel?</source>
        <translation>¿Retirar este canal?</translation>
    </message>
    <message>
        <source>Retire “{name}”? It receives no more posts; its owner must ask for it again to use it.</source>
        <translation>¿Retirar «{name}»? No recibirá más publicaciones; su responsable tendrá que solicitarlo de nuevo para usarlo.</translation>
    </message>
    <message>
        <source>no published post for longer than the district allows</source>
        <translation>sin publicaciones durante más tiempo del que permite el distrito</translation>
    </message>
    <message>
        <source>“{name}” is retired.</source>
        <translation>«{name}» está retirado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="150"/>
        <source>Approved posts ready to publish</source>
        <translation>Publicaciones aprobadas listas para publicar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="151"/>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="151"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="151"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="152"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="159"/>
        <source>Show &amp;published posts too</source>
        <translation>Mostrar también las ya &amp;publicadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="177"/>
        <source>Final text per channel</source>
        <translation>Texto final por canal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="180"/>
        <source>&amp;Copy text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="182"/>
        <source>Put this channel&apos;s final text, with the notice, on the clipboard</source>
        <translation>Copiar al portapapeles el texto final de este canal, con el aviso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="188"/>
        <source>Photos that go out</source>
        <translation>Fotos que se publican</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="190"/>
        <source>&amp;Save photos...</source>
        <translation>&amp;Guardar fotos...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="192"/>
        <source>Screen the post again and write its text and photos, without any camera data or location, to a new folder inside the one you choose</source>
        <translation>Revisar de nuevo la publicación y guardar su texto y fotos, sin datos de la cámara ni ubicación, en una carpeta nueva dentro de la que elija</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="194"/>
        <source>&amp;Mark as published...</source>
        <translation>&amp;Marcar como publicada...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="196"/>
        <source>Record the address and day the post went online</source>
        <translation>Registrar la dirección web y el día en que la publicación se puso en línea</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="199"/>
        <source>Saving progress</source>
        <translation>Progreso del guardado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="211"/>
        <source>Publishing status</source>
        <translation>Estado de la publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="214"/>
        <source>Files written or why they were refused</source>
        <translation>Archivos guardados o por qué se rechazaron</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="221"/>
        <source>Photos that go out:</source>
        <translation>Fotos que se publican:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="234"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="234"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="234"/>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="234"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="235"/>
        <source>Last post</source>
        <translation>Última publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="235"/>
        <source>Days quiet</source>
        <translation>Días sin publicar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="236"/>
        <source>Possibly abandoned channels</source>
        <translation>Canales posiblemente abandonados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="243"/>
        <source>Approved channels with no published post for longer than the district allows. Post to them, or ask the Communications Director to retire them (Channels page or &apos;clearpost channel retire&apos;).</source>
        <translation>Canales aprobados que llevan sin publicaciones más tiempo del que permite el distrito. Publique en ellos o pida al/a la Director/a de Comunicaciones que los retire (página Canales o &apos;clearpost channel retire&apos;).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="250"/>
        <source>&amp;Ready to publish</source>
        <translation>&amp;Listas para publicar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="253"/>
        <source>A&amp;bandoned channels</source>
        <translation>Canales a&amp;bandonados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="288"/>
        <source>published {day}</source>
        <translation>publicada el {day}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="291"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/publish_page.py" line="300"/>
        <source>%n approved post(s) to publish</source>
        <translation>
            <numerusform>%n publicación aprobada por publicar</numerusform>
            <numerusform>%n publicaciones aprobadas por publicar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="316"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/publish_page.py" line="318"/>
        <source>%n channel(s) possibly abandoned.</source>
        <translation>
            <numerusform>%n canal posiblemente abandonado.</numerusform>
            <numerusform>%n canales posiblemente abandonados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="319"/>
        <source>Every approved channel has had a post recently.</source>
        <translation>Todos los canales aprobados han tenido alguna publicación reciente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="348"/>
        <source>Choose an approved post.</source>
        <translation>Elija una publicación aprobada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="349"/>
        <source>No approved post is waiting for you to publish it.</source>
        <translation>No hay ninguna publicación aprobada en espera de que usted la publique.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="353"/>
        <source>Published {day} at {url}.</source>
        <translation>Publicada el {day} en {url}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="356"/>
        <source>Approved, not published yet.</source>
        <translation>Aprobada, aún no publicada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="357"/>
        <source>&lt;h3&gt;{title}&lt;/h3&gt;By {author}, {building}. {where}</source>
        <translation>&lt;h3&gt;{title}&lt;/h3&gt;De {author}, {building}. {where}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="367"/>
        <source>Final text for {channel}</source>
        <translation>Texto final para {channel}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="373"/>
        <source>(redacted copy)</source>
        <translation>(copia con caras ocultas)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="376"/>
        <source>No photos: only the text is saved.</source>
        <translation>Sin fotos: solo se guarda el texto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="392"/>
        <source> of {limit}</source>
        <translation> de {limit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="393"/>
        <source>notice included</source>
        <translation>aviso incluido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="394"/>
        <source>the notice is on the account&apos;s profile, not in the post</source>
        <translation>el aviso está en el perfil de la cuenta, no en la publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="395"/>
        <source>{n} characters{limit}; {how}.</source>
        <translation>{n} caracteres{limit}; {how}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="409"/>
        <source>Copied the text for {channel} to the clipboard.</source>
        <translation>Se copió al portapapeles el texto para {channel}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="414"/>
        <source>Save the post&apos;s photos in</source>
        <translation>Guardar las fotos de la publicación en</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="428"/>
        <source>Screening “{title}” again and saving it to {folder}...</source>
        <translation>Revisando de nuevo «{title}» y guardándola en {folder}...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="437"/>
        <source>Saved {name}</source>
        <translation>Guardado: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="443"/>
        <source>Saved {name} (what was written, with checksums)</source>
        <translation>Guardado: {name} (lo que se escribió, con sumas de comprobación)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="449"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/publish_page.py" line="451"/>
        <source>Saved the text and %n photo(s), without camera data or location, to {folder}.</source>
        <translation>
            <numerusform>Se guardaron el texto y %n foto, sin datos de la cámara ni ubicación, en {folder}.</numerusform>
            <numerusform>Se guardaron el texto y %n fotos, sin datos de la cámara ni ubicación, en {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="459"/>
        <location filename="../../desktop_app/gui/publish_page.py" line="465"/>
        <source>Nothing was saved: {why}</source>
        <translation>No se guardó nada: {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/publish_page.py" line="462"/>
        <source>%n problem(s) found. An approver must look at the post again (Approvals) before it goes out.</source>
        <translation>
            <numerusform>Se encontró %n problema. Alguien que aprueba debe revisar la publicación de nuevo (Aprobaciones) antes de que salga.</numerusform>
            <numerusform>Se encontraron %n problemas. Alguien que aprueba debe revisar la publicación de nuevo (Aprobaciones) antes de que salga.</numerusform>
        </translation>
    </message>
    <message>
        <source>An approver must look at the post again (Approvals) before it goes out.</source>
        <translation type="vanished">Quien aprueba debe revisar de nuevo la publicación (Aprobaciones) antes de que se publique.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/publish_page.py" line="490"/>
        <source>Marked “{title}” as published on {day} at {url}.</source>
        <translation>«{title}» se marcó como publicada el {day} en {url}.</translation>
    </message>
</context>
<context>
    <name>QuestionsForm</name>
    <message>
        <location filename="../../desktop_app/gui/composer/questions.py" line="44"/>
        <source>Who is the target &amp;audience?</source>
        <translation>¿Cuál es el &amp;público destinatario?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/questions.py" line="45"/>
        <source>&amp;What information is being communicated?</source>
        <translation>¿&amp;Qué información se comunica?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/questions.py" line="46"/>
        <source>W&amp;hy is this channel the best one for it?</source>
        <translation>¿&amp;Por qué este canal es el mejor para ello?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/questions.py" line="47"/>
        <source>Who &amp;manages and monitors the account?</source>
        <translation>¿Quién &amp;gestiona y supervisa la cuenta?</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="32"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="35"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="37"/>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="77"/>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="38"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="40"/>
        <source>&amp;Export records</source>
        <translation>&amp;Exportar registros</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="42"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="49"/>
        <source>Face-matching usage</source>
        <translation>Uso del reconocimiento facial</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="50"/>
        <source>Show face-matching &amp;usage for these dates</source>
        <translation>Mostrar el &amp;uso del reconocimiento facial en estas fechas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="52"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="53"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="57"/>
        <source>Fol&amp;der:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="64"/>
        <source>&lt;h3&gt;Public records&lt;/h3&gt;Every published post with its text, photos, screening results and approval history, as web pages and the original files.</source>
        <translation>&lt;h3&gt;Registros públicos&lt;/h3&gt;Cada publicación con su texto, fotos, resultados de la revisión e historial de aprobación, como páginas web y los archivos originales.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="83"/>
        <source>Choose a folder first.</source>
        <translation>Primero elija una carpeta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="87"/>
        <source>Exporting...</source>
        <translation>Exportando...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/records_page.py" line="95"/>
        <source>Exported %n post(s) to {index}</source>
        <translation>
            <numerusform>Se exportó %n publicación a {index}</numerusform>
            <numerusform>Se exportaron %n publicaciones a {index}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/records_page.py" line="101"/>
        <source>Not exported: {error}</source>
        <translation>No se exportó: {error}</translation>
    </message>
</context>
<context>
    <name>ReturnedBanner</name>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="84"/>
        <source>Returned by the approver</source>
        <translation>Devuelta por quien aprueba</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="91"/>
        <source>&lt;b&gt;Returned to you by {name} ({role}) on {when}.&lt;/b&gt; Change the post as asked and submit it again.</source>
        <translation>&lt;b&gt;{name} ({role}) se la devolvió el {when}.&lt;/b&gt; Cambie la publicación como se le pide y envíela de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/page.py" line="95"/>
        <source>(no comment)</source>
        <translation>(sin comentario)</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="62"/>
        <source>Import the roster</source>
        <translation>Importar la lista de estudiantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="69"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="70"/>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="196"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="73"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="93"/>
        <source>A &amp;CSV export from the student information system</source>
        <translation>Una exportación &amp;CSV del sistema de información estudiantil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="94"/>
        <source>A &amp;PSPA portrait folder from the photographer (INDEX.TXT)</source>
        <translation>Una carpeta de retratos &amp;PSPA del fotógrafo (INDEX.TXT)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="98"/>
        <source>Roster file or folder</source>
        <translation>Archivo o carpeta de la lista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="99"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="103"/>
        <source>Reference photos folder</source>
        <translation>Carpeta de fotos de referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="102"/>
        <source>optional: photos named &lt;student ID&gt;.jpg, or a PSPA picture-day folder</source>
        <translation>opcional: fotos con nombre &lt;ID del estudiante&gt;.jpg, o una carpeta PSPA del día de fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="105"/>
        <source>B&amp;rowse...</source>
        <translation>E&amp;xaminar...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="111"/>
        <source>&amp;File or folder:</source>
        <translation>&amp;Archivo o carpeta:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="117"/>
        <source>Reference &amp;photos:</source>
        <translation>&amp;Fotos de referencia:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="123"/>
        <source>&lt;h3&gt;1. What to import&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;1. Qué importar&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="137"/>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="140"/>
        <source>Everyone in this folder has a photo opt-out (the folder has no consent column)</source>
        <translation>Todos en esta carpeta no autorizan fotos (la carpeta no tiene columna de consentimiento)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="143"/>
        <source>&lt;h3&gt;2. Which column holds what&lt;/h3&gt;Check the guesses; choose “(not in the file)” for a field the file does not have.</source>
        <translation>&lt;h3&gt;2. Qué contiene cada columna&lt;/h3&gt;Revise las suposiciones; elija «(no está en el archivo)» para un campo que el archivo no tiene.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="158"/>
        <source>What will change</source>
        <translation>Qué cambiará</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="162"/>
        <source>&lt;h3&gt;3. What will change&lt;/h3&gt;Nothing is written until you import.</source>
        <translation>&lt;h3&gt;3. Qué cambiará&lt;/h3&gt;No se escribe nada hasta que importe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="168"/>
        <source>Import even if some reference photos cannot be used (those students are listed as not recognisable)</source>
        <translation>Importar aunque algunas fotos de referencia no se puedan usar (esos estudiantes se muestran como no reconocibles)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="183"/>
        <source>Enrolling reference photos</source>
        <translation>Registrando fotos de referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="185"/>
        <source>&lt;h3&gt;4. Importing&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;4. Importando&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="194"/>
        <source>Step {n} of 4</source>
        <translation>Paso {n} de 4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="196"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="214"/>
        <source>Cancelling: the roster stays as it was...</source>
        <translation>Cancelando: la lista queda como estaba...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="220"/>
        <source>PSPA folder</source>
        <translation>Carpeta PSPA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="222"/>
        <source>Roster export</source>
        <translation>Exportación de la lista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="223"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="228"/>
        <source>Reference photos</source>
        <translation>Fotos de referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="246"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="251"/>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="305"/>
        <source>Cannot read it: {error}</source>
        <translation>No se puede leer: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="260"/>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="298"/>
        <source>&lt;b&gt;The file has problems; nothing can be imported until they are fixed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;El archivo tiene problemas; no se puede importar nada hasta corregirlos:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="319"/>
        <source>This file covers these schools: {schools}.</source>
        <translation>Este archivo abarca estas escuelas: {schools}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="321"/>
        <source>This file covers the whole district.</source>
        <translation>Este archivo abarca todo el distrito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="323"/>
        <source>%n student(s) on the roster now.</source>
        <translation>
            <numerusform>Ahora hay %n estudiante en la lista.</numerusform>
            <numerusform>Ahora hay %n estudiantes en la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="324"/>
        <source>%n student(s) added</source>
        <translation>
            <numerusform>%n estudiante añadido</numerusform>
            <numerusform>%n estudiantes añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="325"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="326"/>
        <source>%n absent from the file</source>
        <translation>
            <numerusform>%n que no está en el archivo</numerusform>
            <numerusform>%n que no están en el archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="327"/>
        <source>Photo opt-outs: %n new</source>
        <translation>
            <numerusform>Exclusiones de foto: %n nueva</numerusform>
            <numerusform>Exclusiones de foto: %n nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="328"/>
        <source>name opt-outs: %n new</source>
        <translation>
            <numerusform>exclusiones de nombre: %n nueva</numerusform>
            <numerusform>exclusiones de nombre: %n nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="329"/>
        <source>Reference photos: %n to enrol</source>
        <translation>
            <numerusform>Fotos de referencia: %n por registrar</numerusform>
            <numerusform>Fotos de referencia: %n por registrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="330"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="331"/>
        <source>%n template(s) to delete</source>
        <translation>
            <numerusform>%n plantilla por eliminar</numerusform>
            <numerusform>%n plantillas por eliminar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="335"/>
        <source>Absent from the file, will be removed: {who}</source>
        <translation>No están en el archivo; se quitarán: {who}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="336"/>
        <source>Absent from the file, NOT removed (they stay, still protected): {who}</source>
        <translation>No están en el archivo; NO se quitan (se quedan y siguen protegidos): {who}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="341"/>
        <source>Opt-outs this file lifts, will be lifted: {who}</source>
        <translation>Exclusiones que este archivo levanta; se levantarán: {who}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="342"/>
        <source>Opt-outs this file lifts, NOT lifted (kept): {who}</source>
        <translation>Exclusiones que este archivo levanta; NO se levantan (se conservan): {who}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="344"/>
        <source>Warning: %n student(s) with a photo opt-out have no usable reference photo, so their faces cannot be recognised: {who}</source>
        <translation>
            <numerusform>Advertencia: %n estudiante que no autoriza fotos no tiene una foto de referencia utilizable, así que su cara no se puede reconocer: {who}</numerusform>
            <numerusform>Advertencia: %n estudiantes que no autorizan fotos no tienen una foto de referencia utilizable, así que sus caras no se pueden reconocer: {who}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="348"/>
        <source>Reference photos skipped as unusable: {photos}</source>
        <translation>Fotos de referencia omitidas por no ser utilizables: {photos}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="368"/>
        <source>%n student(s) in the file.</source>
        <translation>
            <numerusform>%n estudiante en el archivo.</numerusform>
            <numerusform>%n estudiantes en el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="374"/>
        <source>Remove the %n student(s) absent from this file</source>
        <translation>
            <numerusform>Quitar al estudiante que no está en este archivo</numerusform>
            <numerusform>Quitar a los %n estudiantes que no están en este archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="375"/>
        <source>lift %n opt-out(s) this file no longer has</source>
        <translation>
            <numerusform>levantar %n exclusión que este archivo ya no tiene</numerusform>
            <numerusform>levantar %n exclusiones que este archivo ya no tiene</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="380"/>
        <source>This file lacks {n} of the {total} students on the roster, more than the district allows without confirmation. If it is a partial list, importing keeps them all; if they left, tick the box below.</source>
        <translation>A este archivo le faltan {n} de los {total} estudiantes de la lista, más de lo que el distrito permite sin confirmación. Si es una lista parcial, al importarla se conservan todos; si se fueron, marque la casilla de abajo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="391"/>
        <source>Enrolling %n reference photo(s) in the background...</source>
        <translation>
            <numerusform>Registrando %n foto de referencia en segundo plano...</numerusform>
            <numerusform>Registrando %n fotos de referencia en segundo plano...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="392"/>
        <source>Writing the roster...</source>
        <translation>Escribiendo la lista...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="416"/>
        <source>Enrolled {done} of {total} reference photos...</source>
        <translation>Registradas {done} de {total} fotos de referencia...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="422"/>
        <source>Imported.</source>
        <translation>Importada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="423"/>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="434"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="428"/>
        <source>Cancelled. The roster is unchanged.</source>
        <translation>Cancelado. La lista no cambió.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="430"/>
        <source>Not imported; the roster is unchanged:</source>
        <translation>No se importó; la lista no cambió:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="433"/>
        <source>Not imported: {error}</source>
        <translation>No se importó: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="96"/>
        <source>A &amp;OneRoster bundle from the student information system (a folder with manifest.csv, or the .zip)</source>
        <translation>Un paquete &amp;OneRoster del sistema de información estudiantil (una carpeta con manifest.csv, o el .zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="114"/>
        <source>Opt-out list</source>
        <translation>Lista de exclusiones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="115"/>
        <source>optional: a CSV of student IDs and their opt-outs</source>
        <translation>opcional: un CSV con los ID de los estudiantes y sus exclusiones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="116"/>
        <source>Br&amp;owse...</source>
        <translation>Exa&amp;minar...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="134"/>
        <source>Opt-out &amp;list:</source>
        <translation>&amp;Lista de exclusiones:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="239"/>
        <source>OneRoster bundle</source>
        <translation>Paquete OneRoster</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="240"/>
        <source>OneRoster bundles (*.zip manifest.csv);;All files (*)</source>
        <translation>Paquetes OneRoster (*.zip manifest.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="1"/>
        <source>Whole-school recognition is on: a face template (biometric data) is made from the portrait of every student, with or without an opt-out, so that screening can recognise students without an opt-out instead of sending their photos to review. Templates of students without an opt-out are used only to screen and are never shown by name; they are deleted when a student leaves the roster or the setting is turned off (Settings).</source>
        <translation>El reconocimiento de todo el alumnado está activado: se crea una plantilla facial (dato biométrico) a partir del retrato de cada alumno, tenga o no exclusión, para que el cribado reconozca a los alumnos sin exclusión en lugar de enviar sus fotos a revisión. Las plantillas de alumnos sin exclusión solo se usan para el cribado y nunca se muestran con nombre; se borran cuando un alumno sale de la lista o se desactiva el ajuste (Ajustes).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_import.py" line="1"/>
        <source>Face templates (biometric data) are made only from the portraits of students with a photo opt-out; other portraits are read and not kept.</source>
        <translation>Solo se crean plantillas faciales (datos biométricos) a partir de los retratos de alumnos con exclusión de fotos; los demás retratos se leen y no se guardan.</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="26"/>
        <source>Search by name or student ID</source>
        <translation>Buscar por nombre o ID de estudiante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="27"/>
        <source>Search the roster</source>
        <translation>Buscar en la lista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="29"/>
        <source>Show students &amp;without an opt-out too</source>
        <translation>Mostrar también estudiantes &amp;sin exclusión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="30"/>
        <source>&amp;Import roster...</source>
        <translation>&amp;Importar lista...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="38"/>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="39"/>
        <source>Student ID</source>
        <translation>ID de estudiante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="39"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="39"/>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="40"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="40"/>
        <source>Photo opt-out</source>
        <translation>No autoriza fotos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="40"/>
        <source>Name opt-out</source>
        <translation>No autoriza nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="41"/>
        <source>Reference photos</source>
        <translation>Fotos de referencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="49"/>
        <source>Choose a student to see the reference photos.</source>
        <translation>Elija un estudiante para ver las fotos de referencia.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="68"/>
        <source>Re-&amp;encode now</source>
        <translation>Volver a &amp;codificar ahora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="102"/>
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="109"/>
        <source>%n reference photo(s) were encoded by an older face model: screening is refused until they are re-encoded.</source>
        <translation>
            <numerusform>%n foto de referencia fue codificada con un modelo facial anterior: la revisión se rechaza hasta volver a codificarla.</numerusform>
            <numerusform>%n fotos de referencia fueron codificadas con un modelo facial anterior: la revisión se rechaza hasta volver a codificarlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="115"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="116"/>
        <source>%n opted-out student(s) cannot be recognised (no usable reference photo), so their faces must be checked by eye: {ids}</source>
        <translation>
            <numerusform>%n estudiante con exclusión no se puede reconocer (sin foto de referencia utilizable); sus caras se revisan a simple vista: {ids}</numerusform>
            <numerusform>%n estudiantes con exclusión no se pueden reconocer (sin foto de referencia utilizable); sus caras se revisan a simple vista: {ids}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="126"/>
        <source>Re-encoding the reference photos...</source>
        <translation>Volviendo a codificar las fotos de referencia...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="137"/>
        <source>{n} reference photos re-encoded.</source>
        <translation>{n} fotos de referencia codificadas de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="143"/>
        <source>Not re-encoded: {error}</source>
        <translation>No se volvió a codificar: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="156"/>
        <source>Reference photos of {name} ({id}): %n</source>
        <translation>
            <numerusform>Fotos de referencia de {name} ({id}): %n</numerusform>
            <numerusform>Fotos de referencia de {name} ({id}): %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="163"/>
        <source>Reference photo of {name}</source>
        <translation>Foto de referencia de {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/roster_page.py" line="1"/>
        <source>%n opted-out student(s) have only a weak reference photo (small, blurred, turned, a printed scan or unstable), so their faces are judged more cautiously; import a better portrait: {ids}</source>
        <translation>
            <numerusform>%n alumno excluido solo tiene una foto de referencia deficiente (pequeña, borrosa, girada, un escaneo impreso o inestable), así que su cara se juzga con más cautela; importe un retrato mejor: {ids}</numerusform>
            <numerusform>%n alumnos excluidos solo tienen una foto de referencia deficiente (pequeña, borrosa, girada, un escaneo impreso o inestable), así que sus caras se juzgan con más cautela; importe un retrato mejor: {ids}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="29"/>
        <source>Wrong e-mail or password.</source>
        <translation>Correo electrónico o contraseña incorrectos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="31"/>
        <source>Wrong e-mail or password. After {n} failures in a row the account is locked until {when} UTC; try again then or ask IT to unlock it.</source>
        <translation>Correo electrónico o contraseña incorrectos. Tras {n} fallos seguidos la cuenta queda bloqueada hasta el {when} UTC; vuelva a intentarlo entonces o pida a informática que la desbloquee.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="35"/>
        <source>The account is locked after repeated failed sign-ins until {when} UTC; try again then or ask IT to unlock it.</source>
        <translation>La cuenta está bloqueada por intentos fallidos repetidos hasta el {when} UTC; vuelva a intentarlo entonces o pida a informática que la desbloquee.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="38"/>
        <location filename="../../desktop_app/gui/service_text.py" line="195"/>
        <source>Someone changed this meanwhile (perhaps you, in another window). Open it again to see the latest version.</source>
        <translation>Alguien lo cambió mientras tanto (quizá usted, en otra ventana). Ábralo de nuevo para ver la versión más reciente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="41"/>
        <source>Give the post a title.</source>
        <translation>Dé un título a la publicación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="43"/>
        <source>Choose at least one channel.</source>
        <translation>Elija al menos un canal.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="45"/>
        <source>The post has neither text nor photos.</source>
        <translation>La publicación no tiene ni texto ni fotos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="47"/>
        <source>Answer the procedure&apos;s four questions first.</source>
        <translation>Responda primero a las cuatro preguntas del procedimiento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="49"/>
        <source>Write a comment for the author.</source>
        <translation>Escriba un comentario para el/la autor/a.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="51"/>
        <source>Say why the request is rejected.</source>
        <translation>Indique por qué se rechaza la solicitud.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="53"/>
        <source>A channel needs a name and a platform.</source>
        <translation>Un canal necesita un nombre y una plataforma.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="55"/>
        <source>A staff member needs at least one role.</source>
        <translation>Un miembro del personal necesita al menos una función.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="57"/>
        <source>Give the person&apos;s real first and last name (Policy 4007P: no pseudonyms).</source>
        <translation>Indique el nombre y apellido reales de la persona (Política 4007P: sin seudónimos).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="60"/>
        <source>The character limit must be more than zero.</source>
        <translation>El límite de caracteres debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="62"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha final es anterior a la inicial.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="64"/>
        <source>The internal archive must not be inside the release folder.</source>
        <translation>El archivo interno no debe estar dentro de la carpeta que se publica.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="66"/>
        <source>The notice cannot be empty.</source>
        <translation>El aviso no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="68"/>
        <source>The number of days must be at least 1.</source>
        <translation>El número de días debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="70"/>
        <source>You cannot deactivate your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="72"/>
        <source>The password must have at least {n} characters.</source>
        <translation>La contraseña debe tener al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="74"/>
        <source>There is already an account for {email}.</source>
        <translation>Ya existe una cuenta para {email}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="76"/>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="78"/>
        <source>Use the district e-mail address ({domains}).</source>
        <translation>Use la dirección de correo del distrito ({domains}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="80"/>
        <source>Give the address of the published post (it starts with http:// or https://).</source>
        <translation>Indique la dirección de la publicación publicada (empieza por http:// o https://).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="83"/>
        <source>{file} is empty.</source>
        <translation>{file} está vacío.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="85"/>
        <source>{file} is larger than {mb} MB.</source>
        <translation>{file} ocupa más de {mb} MB.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="87"/>
        <source>The photo is no longer in post {id}.</source>
        <translation>La foto ya no está en la publicación {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="89"/>
        <source>Photo {file} has no face to hide.</source>
        <translation>La foto {file} no tiene ningún rostro que ocultar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="91"/>
        <source>Photo {file} cannot be redacted: it could not be screened.</source>
        <translation>No se pueden ocultar caras en la foto {file}: no se pudo revisar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="94"/>
        <source>The photo is already replaced by a redacted copy.</source>
        <translation>La foto ya se sustituyó por una copia con caras ocultas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="96"/>
        <source>The redacted copy would still show a restricted face; nothing was changed.</source>
        <translation>La copia seguiría mostrando un rostro restringido; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="99"/>
        <source>Post {id} is {status}; withdraw it to a draft to change it.</source>
        <translation>La publicación {id} está {status}; retírela a borrador para cambiarla.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="102"/>
        <source>Post {id} is {status}; only drafts and returned posts are submitted.</source>
        <translation>La publicación {id} está {status}; solo se envían borradores y publicaciones devueltas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="105"/>
        <source>Post {id} is {status}; there is nothing to withdraw.</source>
        <translation>La publicación {id} está {status}; no hay nada que retirar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="108"/>
        <source>Post {id} is {status}; only approved posts go out.</source>
        <translation>La publicación {id} está {status}; solo salen las publicaciones aprobadas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="111"/>
        <source>Post {id} is {status}; it is not waiting for approval.</source>
        <translation>La publicación {id} está {status}; no espera aprobación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="114"/>
        <source>Post {id} is {status}.</source>
        <translation>La publicación {id} está {status}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="116"/>
        <source>Post {id} belongs to another author or building.</source>
        <translation>La publicación {id} es de otro/a autor/a o de otra escuela.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="118"/>
        <source>Post {id} was not submitted: screening found something that must not be published.</source>
        <translation>La publicación {id} no se envió: la revisión encontró algo que no debe publicarse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="121"/>
        <source>Post {id} cannot be approved: screening against the roster as it is now finds something that must not be published.</source>
        <translation>La publicación {id} no se puede aprobar: la revisión con la lista actual encuentra algo que no debe publicarse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="124"/>
        <source>Post {id} was not exported: the roster changed since it was approved. An approver looks at it again.</source>
        <translation>La publicación {id} no se exportó: la lista cambió desde que se aprobó. Alguien que aprueba debe revisarla de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="127"/>
        <source>Post {id} was not exported: the files as written would show something that must not be published.</source>
        <translation>La publicación {id} no se exportó: los archivos tal como se escribieron mostrarían algo que no debe publicarse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="130"/>
        <source>Channel {name} is no longer approved; return the post to its author.</source>
        <translation>El canal {name} ya no está aprobado; devuelva la publicación a su autor/a.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="133"/>
        <source>Channel {name} is not an approved channel.</source>
        <translation>El canal {name} no es un canal aprobado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="135"/>
        <source>The channel is {status}; there is nothing to approve.</source>
        <translation>El canal está {status}; no hay nada que aprobar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="138"/>
        <source>Nobody approves their own post.</source>
        <translation>Nadie aprueba su propia publicación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="140"/>
        <source>Nobody approves their own request.</source>
        <translation>Nadie aprueba su propia solicitud.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="142"/>
        <source>Nobody reviews the faces of their own post.</source>
        <translation>Nadie revisa los rostros de su propia publicación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="144"/>
        <source>You already approved an earlier step of this post; another person decides this one.</source>
        <translation>Usted ya aprobó un paso anterior de esta publicación; este lo decide otra persona.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="147"/>
        <source>This step is for the principal of {building}.</source>
        <translation>Este paso corresponde al/a la director/a de {building}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="149"/>
        <source>This step is for the Communications Director.</source>
        <translation>Este paso corresponde al/a la Director/a de Comunicaciones.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="151"/>
        <source>The principal of {building} approves this request first.</source>
        <translation>El/la director/a de {building} aprueba primero esta solicitud.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="154"/>
        <source>Only the author does this.</source>
        <translation>Solo el/la autor/a puede hacerlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="156"/>
        <source>Only the author, the channel&apos;s owner or the Communications Director does this.</source>
        <translation>Solo el/la autor/a, el/la responsable del canal o el/la Director/a de Comunicaciones puede hacerlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="159"/>
        <source>Only an IT administrator can do this.</source>
        <translation>Solo un/a administrador/a de informática puede hacerlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="161"/>
        <source>Only the Communications Director or an IT administrator can do this.</source>
        <translation>Solo el/la Director/a de Comunicaciones o un/a administrador/a de informática puede hacerlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="164"/>
        <source>Your account cannot do this.</source>
        <translation>Su cuenta no puede hacerlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="166"/>
        <source>This account is not active. Sign in again.</source>
        <translation>Esta cuenta no está activa. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="168"/>
        <source>Final approval records that the district holds administrative rights on the account: confirm it.</source>
        <translation>La aprobación final deja constancia de que el distrito tiene derechos de administración sobre la cuenta: confírmelo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="171"/>
        <source>Another roster change is being written; try again in a moment.</source>
        <translation>Se está guardando otro cambio de la lista; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="178"/>
        <source>language-code: en</source>
        <translation>language-code: es</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="198"/>
        <source>It no longer exists.</source>
        <translation>Ya no existe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="200"/>
        <source>Your account may not do this.</source>
        <translation>Su cuenta no puede hacerlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="202"/>
        <source>Screening found something that must not be published.</source>
        <translation>La revisión encontró algo que no debe publicarse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="204"/>
        <source>This cannot be done as it is; check what you entered.</source>
        <translation>No se puede hacer tal como está; revise lo que escribió.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/service_text.py" line="205"/>
        <source>Something went wrong. Try again; if it keeps happening, tell IT.</source>
        <translation>Algo salió mal. Inténtelo de nuevo; si sigue pasando, avise a informática.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>✖ Cannot connect. {reason}</source>
        <translation>✖ No se puede conectar. {reason}</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Ver &amp;detalles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="47"/>
        <source>Match threshold</source>
        <translation>Umbral de coincidencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="48"/>
        <source>Review threshold</source>
        <translation>Umbral de revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="52"/>
        <source>Smallest face to match</source>
        <translation>Cara más pequeña que se compara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="55"/>
        <source>Least sharpness to match</source>
        <translation>Nitidez mínima para comparar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="60"/>
        <source>Most head turn to match</source>
        <translation>Giro máximo de la cabeza para comparar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="62"/>
        <source>Blocked (safest)</source>
        <translation>Bloqueada (lo más seguro)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="63"/>
        <source>Sent to review</source>
        <translation>Enviada a revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="64"/>
        <source>Matches to students of other buildings</source>
        <translation>Coincidencias con estudiantes de otros edificios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="67"/>
        <source>Reference photos kept per student</source>
        <translation>Fotos de referencia guardadas por estudiante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="68"/>
        <source>Save &amp;thresholds</source>
        <translation>Guardar &amp;umbrales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="69"/>
        <source>Screening thresholds (see docs/thresholds.md before changing them)</source>
        <translation>Umbrales de revisión (lea docs/thresholds.md antes de cambiarlos)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="71"/>
        <source>&amp;Match: a face this close to a template is that student</source>
        <translation>&amp;Coincidencia: una cara así de cerca de una plantilla es ese estudiante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="72"/>
        <source>&amp;Review: closer than this, a person must check</source>
        <translation>&amp;Revisión: más cerca que esto, una persona debe revisar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="73"/>
        <source>Smallest &amp;face to match</source>
        <translation>&amp;Cara más pequeña que se compara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="74"/>
        <source>Least &amp;sharpness to match</source>
        <translation>&amp;Nitidez mínima para comparar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="75"/>
        <source>Most head &amp;turn to match (0.6 is about 45 degrees)</source>
        <translation>&amp;Giro máximo de la cabeza para comparar (0,6 son unos 45 grados)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="76"/>
        <source>Matches to students of &amp;other buildings</source>
        <translation>Coincidencias con estudiantes de &amp;otros edificios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="77"/>
        <source>Reference &amp;photos kept per student</source>
        <translation>&amp;Fotos de referencia guardadas por estudiante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="81"/>
        <source>Notice text</source>
        <translation>Texto del aviso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="84"/>
        <source>Save &amp;notice</source>
        <translation>Guardar el &amp;aviso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="85"/>
        <source>The notice added to every post</source>
        <translation>El aviso que se añade a cada publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="92"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="93"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="94"/>
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="95"/>
        <source>Save &amp;idle lock</source>
        <translation>Guardar el &amp;bloqueo por inactividad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="97"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="100"/>
        <source>Idle lock and language</source>
        <translation>Bloqueo por inactividad e idioma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="106"/>
        <source>&amp;Lock the window after</source>
        <translation>&amp;Bloquear la ventana tras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="109"/>
        <source>Lan&amp;guage (this computer, from the next start)</source>
        <translation>&amp;Idioma (este equipo, desde el próximo inicio)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="112"/>
        <source>Database URL</source>
        <translation>URL de la base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="114"/>
        <source>T&amp;est connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="115"/>
        <source>&amp;Use from the next start</source>
        <translation>&amp;Usar desde el próximo inicio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="116"/>
        <source>Now: {db}</source>
        <translation>Ahora: {db}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="118"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="179"/>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="188"/>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="196"/>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="182"/>
        <source>Thresholds saved; the screening workers restart with them.</source>
        <translation>Umbrales guardados; los procesos de revisión se reinician con ellos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="190"/>
        <source>Notice saved.</source>
        <translation>Aviso guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="198"/>
        <source>Idle lock saved; it applies from the next sign-in.</source>
        <translation>Bloqueo guardado; se aplica desde el próximo inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="203"/>
        <source>Enter a database URL to test.</source>
        <translation>Escriba una URL de base de datos para probar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="206"/>
        <source>Connecting...</source>
        <translation>Conectando...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="211"/>
        <source>✔ Connected. Schema revision: {rev}.</source>
        <translation>✔ Conectado. Revisión del esquema: {rev}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="215"/>
        <source>✖ Cannot connect: {error}</source>
        <translation>✖ No se puede conectar: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="166"/>
        <source>Not saved: the match threshold must not be higher than the review threshold (a face closer than the match threshold is that student; between the two, a person checks).</source>
        <translation>No se guardó: el umbral de coincidencia no puede ser mayor que el umbral de revisión (una cara más cercana que el umbral de coincidencia es ese estudiante; entre los dos, una persona revisa).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="219"/>
        <source>Saved: ClearPost opens this database from the next start (a database given when ClearPost is started, or set by the workstation&apos;s configuration, still takes precedence).</source>
        <translation>Guardado: ClearPost abrirá esta base de datos desde el próximo inicio (una base de datos indicada al iniciar ClearPost, o fijada por la configuración del equipo, sigue teniendo prioridad).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="1"/>
        <source>&amp;Recognise every enrolled student (whole-school recognition)</source>
        <translation>&amp;Reconocer a todo el alumnado inscrito (reconocimiento de todo el alumnado)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="1"/>
        <source>Whole-school recognition</source>
        <translation>Reconocimiento de todo el alumnado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="1"/>
        <source>On: the roster import enrols every student who has a portrait, not only those whose guardians opted out, so that a face can be recognised as a student without an opt-out instead of being sent to review because it resembles an opted-out child. This stores a face template (biometric data) of every such child in the district database. The templates are used only to screen photos, a student without an opt-out is never named by screening, and they are deleted when the student leaves the roster. Turning it off deletes them at once. Until ClearPost has a district server, every workstation that connects to the database directly can read them. Turning it on is the district's decision; import the roster again with every student's portrait afterwards.</source>
        <translation>Activado: la importación de la lista inscribe a todo alumno que tenga retrato, no solo a aquellos cuyas familias se opusieron, para que una cara pueda reconocerse como la de un alumno sin exclusión en lugar de enviarse a revisión por parecerse a un niño excluido. Esto guarda una plantilla facial (dato biométrico) de cada uno de esos niños en la base de datos del distrito. Las plantillas solo se usan para revisar fotos, el cribado nunca nombra a un alumno sin exclusión y se borran cuando el alumno sale de la lista. Desactivarlo las borra en el acto. Mientras ClearPost no tenga un servidor de distrito, cualquier equipo que se conecte directamente a la base de datos puede leerlas. Activarlo es decisión del distrito; después, importe de nuevo la lista con el retrato de cada alumno.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="1"/>
        <source>Save &amp;whole-school recognition</source>
        <translation>Guardar el &amp;reconocimiento de todo el alumnado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="1"/>
        <source>Whole-school recognition (children's biometric data)</source>
        <translation>Reconocimiento de todo el alumnado (datos biométricos de menores)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="1"/>
        <source>Stored now: {opted} face templates of opted-out students, {others} of students without an opt-out.</source>
        <translation>Guardadas ahora: {opted} plantillas faciales de alumnos excluidos, {others} de alumnos sin exclusión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="1"/>
        <source>Whole-school recognition is on: import the roster again with every student's portrait to enrol them.</source>
        <translation>El reconocimiento de todo el alumnado está activado: importe de nuevo la lista con el retrato de cada alumno para inscribirlos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/settings_page.py" line="1"/>
        <source>Whole-school recognition is off: the face templates of students without an opt-out were deleted.</source>
        <translation>El reconocimiento de todo el alumnado está desactivado: se borraron las plantillas faciales de los alumnos sin exclusión.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="30"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="35"/>
        <source>&lt;h2&gt;ClearPost&lt;/h2&gt;Publish school photos and news without breaking student-privacy law.</source>
        <translation>&lt;h2&gt;ClearPost&lt;/h2&gt;Publique fotos y noticias escolares sin infringir la ley de privacidad estudiantil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="41"/>
        <location filename="../../desktop_app/gui/sign_in.py" line="76"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="42"/>
        <source>name@district.org</source>
        <translation>nombre@distrito.org</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="45"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="46"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="47"/>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="51"/>
        <source>Opening the database...</source>
        <translation>Abriendo la base de datos...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="52"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="57"/>
        <source>Opening the database</source>
        <translation>Abriendo la base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="58"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="68"/>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="73"/>
        <source>Demo accounts - the password of every one is &lt;b&gt;{pw}&lt;/b&gt;. Double-click one to fill in the form.</source>
        <translation>Cuentas de demostración: la contraseña de todas es &lt;b&gt;{pw}&lt;/b&gt;. Haga doble clic en una para rellenar el formulario.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="76"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="76"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="80"/>
        <source>Demo accounts</source>
        <translation>Cuentas de demostración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="107"/>
        <source>Setting up the demo district (first start only): staff accounts...</source>
        <translation>Preparando el distrito de demostración (solo la primera vez): cuentas del personal...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="108"/>
        <source>Setting up the demo district: channels...</source>
        <translation>Preparando el distrito de demostración: canales...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="109"/>
        <source>Setting up the demo district: enrolling reference photos {done}/{total}...</source>
        <translation>Preparando el distrito de demostración: registrando fotos de referencia {done}/{total}...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="110"/>
        <source>Setting up the demo district: sample photos...</source>
        <translation>Preparando el distrito de demostración: fotos de ejemplo...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="111"/>
        <source>Setting up the demo district: sample posts...</source>
        <translation>Preparando el distrito de demostración: publicaciones de ejemplo...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="112"/>
        <location filename="../../desktop_app/gui/sign_in.py" line="119"/>
        <source>Demo district ready.</source>
        <translation>Distrito de demostración listo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="118"/>
        <source>Connected to {db}</source>
        <translation>Conectado a {db}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="124"/>
        <source>The database cannot be opened.</source>
        <translation>No se puede abrir la base de datos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="149"/>
        <source>Enter your e-mail address and password.</source>
        <translation>Escriba su correo electrónico y contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="153"/>
        <source>Signing in...</source>
        <translation>Iniciando sesión...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="157"/>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/sign_in.py" line="134"/>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="37"/>
        <source>deactivated</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="39"/>
        <source>locked until {when}</source>
        <translation>bloqueada hasta {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="41"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="213"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="213"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="213"/>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="213"/>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="214"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="214"/>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="217"/>
        <source>&amp;Add account...</source>
        <translation>&amp;Añadir cuenta...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="219"/>
        <source>&amp;Roles and building...</source>
        <translation>&amp;Funciones y edificio...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="221"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="223"/>
        <source>Let a person locked out after repeated failed sign-ins try again now</source>
        <translation>Permitir que una persona bloqueada tras varios intentos fallidos vuelva a intentarlo ahora</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="224"/>
        <source>Set &amp;password...</source>
        <translation>Establecer &amp;contraseña...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="226"/>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="284"/>
        <source>&amp;Deactivate</source>
        <translation>Desac&amp;tivar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="232"/>
        <source>Staff accounts status</source>
        <translation>Estado de las cuentas del personal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="238"/>
        <source>Everyone who may sign in to ClearPost, with their real name and district e-mail. Every change is written to the audit log.</source>
        <translation>Todas las personas que pueden iniciar sesión en ClearPost, con su nombre real y su correo del distrito. Cada cambio queda en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="284"/>
        <source>Re&amp;activate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="303"/>
        <source>Added {name} ({email}).</source>
        <translation>Se añadió a {name} ({email}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="322"/>
        <source>Saved the roles and building of {name}.</source>
        <translation>Se guardaron las funciones y el edificio de {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="334"/>
        <source>Unlocked {name}: they can sign in again now.</source>
        <translation>Se desbloqueó a {name}: ya puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="343"/>
        <source>New password set for {name}.</source>
        <translation>Nueva contraseña establecida para {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="352"/>
        <source>Deactivate {name}?</source>
        <translation>¿Desactivar a {name}?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="353"/>
        <source>{name} will no longer be able to sign in. Their posts and decisions stay. You can reactivate the account later.</source>
        <translation>{name} ya no podrá iniciar sesión. Sus publicaciones y decisiones se conservan. Puede reactivar la cuenta más adelante.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="362"/>
        <source>Deactivated {name}.</source>
        <translation>Se desactivó a {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/staff_page.py" line="362"/>
        <source>Reactivated {name}.</source>
        <translation>Se reactivó a {name}.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Photo {file}: {advice}</source>
        <translation>Foto {file}: {advice}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="28"/>
        <source>Submit for approval</source>
        <translation>Enviar para aprobación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="33"/>
        <source>, then </source>
        <translation> y luego a </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="35"/>
        <source>Screening the post...</source>
        <translation>Revisando la publicación...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="40"/>
        <source>Screening</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="43"/>
        <source>What blocks and notes for the approvers</source>
        <translation>Lo que impide el envío y notas para quienes aprueban</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="49"/>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="150"/>
        <source>&lt;b&gt;This post cannot be submitted yet.&lt;/b&gt; Fix what is marked with a red cross: remove the photo or replace it with its redacted copy, change the text.</source>
        <translation>&lt;b&gt;Esta publicación aún no se puede enviar.&lt;/b&gt; Corrija lo marcado con una cruz roja: quite la foto o reemplácela por su copia con caras ocultas, cambie el texto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="154"/>
        <source>Nothing blocks. The approvers will decide the points marked in amber.</source>
        <translation>Nada lo impide. Quienes aprueban decidirán los puntos marcados en ámbar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="157"/>
        <source>Nothing blocks and nothing needs review.</source>
        <translation>Nada lo impide y nada necesita revisión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="166"/>
        <source>Submitting...</source>
        <translation>Enviando...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="185"/>
        <source>&lt;b&gt;Not submitted:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;No se envió:&lt;/b&gt; {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="79"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="31"/>
        <source>&lt;b&gt;What happens:&lt;/b&gt; ClearPost checks the text and every photo against today&apos;s roster, then the post goes to {steps}, in that order. You can withdraw it until it is published.</source>
        <translation>&lt;b&gt;Qué sucede:&lt;/b&gt; ClearPost comprueba el texto y cada foto con la lista de hoy; después la publicación pasa a {steps}, en ese orden. Puede retirarla hasta que se publique.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="67"/>
        <source>the principal of the post&apos;s building</source>
        <translation>el/la director/a de la escuela de la publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="68"/>
        <source>the Communications Director</source>
        <translation>el/la Director/a de Comunicaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="83"/>
        <source>{n}th</source>
        <translation>{n}.ª</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="84"/>
        <source>{n}st</source>
        <translation>{n}.ª</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="84"/>
        <source>{n}nd</source>
        <translation>{n}.ª</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="84"/>
        <source>{n}rd</source>
        <translation>{n}.ª</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="88"/>
        <source>the only face</source>
        <translation>la única cara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="89"/>
        <source>{ordinal} from left</source>
        <translation>{ordinal} desde la izquierda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="90"/>
        <source>{where}, frame {n}</source>
        <translation>{where}, fotograma {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="102"/>
        <source>Photo {file}: ClearPost could not screen it ({reason}). Try again; if it keeps happening, tell IT.</source>
        <translation>Foto {file}: ClearPost no pudo revisarla ({reason}). Inténtelo de nuevo; si vuelve a pasar, avise a informática.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="104"/>
        <source>Photo {file}: could not be read ({reason}). Remove it or add another copy of the photo.</source>
        <translation>Foto {file}: no se pudo leer ({reason}). Quítela o añada otra copia de la foto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="109"/>
        <source>Photo {file}: restricted face ({where}): a student whose photo opt-out covers {uses}. Remove the photo or replace it with its redacted copy.</source>
        <translation>Foto {file}: cara restringida ({where}): un estudiante que no autoriza fotos para {uses}. Quite la foto o reemplácela por su copia con caras ocultas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="115"/>
        <source>Text: “{text}” is {what}.</source>
        <translation>Texto: “{text}” es {what}.</translation>
    </message>
    <message numerus="yes">
        <source>Photo {file}: %n face(s) need a person to look ({uses}).</source>
        <translation>
            <numerusform>Foto {file}: %n cara necesita que una persona la mire ({uses}).</numerusform>
            <numerusform>Foto {file}: %n caras necesitan que una persona las mire ({uses}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="131"/>
        <source>Photo {file}: redacted copy; an approver checks that every face that must be hidden is.</source>
        <translation>Foto {file}: copia con caras ocultas; quien aprueba comprueba que estén ocultas todas las caras que deben estarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="134"/>
        <source>file name</source>
        <translation>nombre del archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="134"/>
        <source>embedded caption</source>
        <translation>pie de foto incrustado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="135"/>
        <source>personal information</source>
        <translation>información personal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="136"/>
        <source>Photo {file}: its {source} mentions “{text}”, {what}; it is removed on export.</source>
        <translation>Foto {file}: su {source} menciona “{text}”, {what}; se quita al exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="141"/>
        <source>Text: “{text}”: {what}</source>
        <translation>Texto: “{text}”: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="181"/>
        <source>Screening found something that must not be published.</source>
        <translation>La revisión encontró algo que no se debe publicar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/composer/submit_dialog.py" line="183"/>
        <source>&lt;b&gt;Not submitted.&lt;/b&gt; Fix what is marked with a red cross.</source>
        <translation>&lt;b&gt;No se envió.&lt;/b&gt; Corrija lo marcado con una cruz roja.</translation>
    </message>
</context>
<context>
    <name>TakedownPage</name>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="25"/>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="25"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="25"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="25"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="26"/>
        <source>Posts to take down</source>
        <translation>Publicaciones por retirar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="27"/>
        <source>&amp;Check again against today&apos;s roster</source>
        <translation>&amp;Comprobar de nuevo con la lista de hoy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="28"/>
        <source>&amp;Mark as taken down...</source>
        <translation>&amp;Marcar como retirada...</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="30"/>
        <source>Record that the chosen post is no longer online; its author is told</source>
        <translation>Registrar que la publicación elegida ya no está en línea; se avisa a su autor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="45"/>
        <source>Published posts that now show a student with an opt-out, by photo or name. Take each one off its channels, then mark it here as taken down.</source>
        <translation>Publicaciones que ahora muestran a un estudiante con exclusión, por foto o por nombre. Quite cada una de sus canales y márquela aquí como retirada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="86"/>
        <source>Mark as taken down?</source>
        <translation>¿Marcar como retirada?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="87"/>
        <source>Is “{title}” no longer online ({url})? Its author is told in My posts.</source>
        <translation>¿«{title}» ya no está en línea ({url})? Se avisa a su autor en Mis publicaciones.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="96"/>
        <source>“{title}” is marked as taken down.</source>
        <translation>«{title}» está marcada como retirada.</translation>
    </message>
    <message>
        <source>Published posts that now show a student with an opt-out, by photo or name. Take them down, then mark them here by withdrawing them.</source>
        <translation type="vanished">Publicaciones que ahora muestran a un estudiante con exclusión, por foto o nombre. Retírelas y luego márquelas aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="63"/>
        <source>Checking...</source>
        <translation>Comprobando...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="78"/>
        <source>%n post(s) to take down.</source>
        <translation>
            <numerusform>%n publicación por retirar.</numerusform>
            <numerusform>%n publicaciones por retirar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/admin/takedown_page.py" line="79"/>
        <source>No published post needs to come down.</source>
        <translation>Ninguna publicación necesita retirarse.</translation>
    </message>
</context>
<context>
    <name>TakedownText</name>
    <message>
        <location filename="../../desktop_app/gui/takedown_text.py" line="27"/>
        <source>photo {file} shows a student whose guardians opted out of {use}</source>
        <translation>la foto {file} muestra a un estudiante cuyas familias no autorizan {use}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/takedown_text.py" line="29"/>
        <source>photo {file} shows {name}, who has a photo opt-out for {use}</source>
        <translation>la foto {file} muestra a {name}, que tiene exclusión de fotos para {use}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/takedown_text.py" line="33"/>
        <source>a face in photo {file} may be a student who opted out; an approver must check it</source>
        <translation>una cara de la foto {file} puede ser de un estudiante excluido; debe revisarla quien aprueba</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/takedown_text.py" line="35"/>
        <source>a face in photo {file} looks like {name}; an approver must check it</source>
        <translation>una cara de la foto {file} se parece a {name}; debe revisarla quien aprueba</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/takedown_text.py" line="38"/>
        <source>the text names or identifies a student: “{text}”</source>
        <translation>el texto nombra o identifica a un estudiante: «{text}»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/takedown_text.py" line="40"/>
        <source>photo {file} could not be screened again</source>
        <translation>la foto {file} no se pudo revisar de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/takedown_text.py" line="41"/>
        <source>screening found something that must not be published</source>
        <translation>la revisión encontró algo que no debe publicarse</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>This photo is over 100 megapixels, too large to screen safely. Save a smaller copy (for example 6000 × 4000 pixels) and add that instead.</source>
        <translation>Esta foto tiene más de 100 megapíxeles, demasiado grande para revisarla con seguridad. Guarde una copia más pequeña (por ejemplo de 6000 × 4000 píxeles) y añada esa.</translation>
    </message>
    <message>
        <source>Too large to screen</source>
        <translation>Demasiado grande para revisarla</translation>
    </message>
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
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="44"/>
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="64"/>
        <source>possible profanity (Policy 4007P does not allow profane or obscene language)</source>
        <translation>posible lenguaje soez (la Política 4007P no permite lenguaje grosero u obsceno)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="66"/>
        <source>possible political advocacy (Policy 4007P: informing about an election or levy is fine, advocating is not)</source>
        <translation>posible propaganda política (Política 4007P: informar sobre una elección o un impuesto está bien; hacer campaña no)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="68"/>
        <source>possible commercial promotion (Policy 4007P does not allow promoting a business or product)</source>
        <translation>posible promoción comercial (la Política 4007P no permite promocionar un negocio o producto)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="43"/>
        <source>Not screened: ClearPost failed</source>
        <translation>Sin revisar: ClearPost falló</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="56"/>
        <source>the name of a student who may not be named in this publication</source>
        <translation>el nombre de un estudiante que no puede nombrarse en esta publicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="57"/>
        <source>a first name that matches a student who may not be named; check who is meant</source>
        <translation>un nombre de pila que coincide con un estudiante que no puede nombrarse; compruebe a quién se refiere</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="59"/>
        <source>a student ID number</source>
        <translation>un número de identificación de estudiante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="60"/>
        <source>a phone number</source>
        <translation>un número de teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="61"/>
        <source>an e-mail address</source>
        <translation>una dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="62"/>
        <source>a street address</source>
        <translation>una dirección postal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/verdicts.py" line="63"/>
        <source>a date of birth</source>
        <translation>una fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>ConnectionProblem</name>
    <message>
        <source>This is not a database address ClearPost understands. It looks like postgresql+psycopg://server/database.</source>
        <translation>ClearPost no entiende esta dirección de base de datos. Tiene la forma postgresql+psycopg://servidor/basededatos.</translation>
    </message>
    <message>
        <source>The database server did not accept this computer&apos;s sign-in. Ask IT to check the account (pgpass, Kerberos or SSPI).</source>
        <translation>El servidor de base de datos no aceptó el inicio de sesión de este equipo. Pida a TI que revise la cuenta (pgpass, Kerberos o SSPI).</translation>
    </message>
    <message>
        <source>The server has no database of that name. Check the name after the last /.</source>
        <translation>El servidor no tiene ninguna base de datos con ese nombre. Revise el nombre que sigue a la última /.</translation>
    </message>
    <message>
        <source>No server of that name was found. Check the server&apos;s name, and that this computer is on the district network.</source>
        <translation>No se encontró ningún servidor con ese nombre. Revise el nombre del servidor y que este equipo esté en la red del distrito.</translation>
    </message>
    <message>
        <source>The database server did not answer. Check that it is running and that this computer may reach it.</source>
        <translation>El servidor de base de datos no respondió. Compruebe que está en marcha y que este equipo puede llegar a él.</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check the path and that you may read and write it.</source>
        <translation>No se puede abrir el archivo de la base de datos. Revise la ruta y que puede leerlo y escribir en él.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed. Ask IT to check its certificate.</source>
        <translation>Falló la conexión segura con el servidor. Pida a TI que revise su certificado.</translation>
    </message>
    <message>
        <source>ClearPost cannot connect to this database; its details say why, and IT can help.</source>
        <translation>ClearPost no puede conectarse a esta base de datos; los detalles dicen por qué, y TI puede ayudar.</translation>
    </message>
</context>
</TS>

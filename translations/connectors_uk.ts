<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Connectors Console</source>
        <translation>Про Консоль конекторів</translation>
    </message>
    <message>
        <source>Connectors Console %1</source>
        <translation>Консоль конекторів %1</translation>
    </message>
    <message>
        <source>A desktop console for Webex Contact Center connectors: set them up, edit, deactivate, activate and delete them, with the role policy of Control Hub and an audit history of every change, and the flows that use them.</source>
        <translation>Настільна консоль для конекторів Webex Contact Center: налаштування, редагування, деактивація, активація та видалення конекторів за політикою ролей Control Hub, з історією аудиту кожної зміни, а також потоки, що їх використовують.</translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2, running on Qt %3.</source>
        <translation>Версія %1, зібрано з Qt %2, працює на Qt %3.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версії</translation>
    </message>
    <message>
        <source>Free software under the MIT licence: you may use, copy, change and share it, with the copyright notice kept. It comes with no warranty. Qt is used under the GNU LGPL version 3.</source>
        <translation>Вільне програмне забезпечення за ліцензією MIT: його можна використовувати, копіювати, змінювати й поширювати, зберігаючи повідомлення про авторські права. Надається без жодних гарантій. Qt використовується за ліцензією GNU LGPL версії 3.</translation>
    </message>
    <message>
        <source>&amp;Database in use:</source>
        <translation>Поточна &amp;база даних:</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Поточна база даних</translation>
    </message>
</context>
<context>
    <name>AccessDeniedPage</name>
    <message>
        <source>Access denied</source>
        <translation>Доступ заборонено</translation>
    </message>
    <message>
        <source>Every administrator role except the Read-only administrator can see connectors (some of them can only look, not change). A full administrator can act as another administrator to continue.</source>
        <translation>Кожна роль адміністратора, крім адміністратора лише для читання, бачить конектори (деякі можуть лише переглядати, не змінювати). Щоб продовжити, адміністратор із повними правами може діяти від імені іншого адміністратора.</translation>
    </message>
    <message>
        <source>Ask a full administrator of this database to bind your login to your administrator account.</source>
        <translation>Попросіть адміністратора цієї бази даних із повними правами прив’язати ваш вхід до вашого облікового запису адміністратора.</translation>
    </message>
    <message>
        <source>&amp;Act as another administrator...</source>
        <translation>&amp;Діяти від імені іншого адміністратора...</translation>
    </message>
    <message>
        <source>Act as another administrator</source>
        <translation>Діяти від імені іншого адміністратора</translation>
    </message>
</context>
<context>
    <name>AccessTokenStore</name>
    <message>
        <source>The access token is kept in memory only: it is forgotten when the console closes, and you will need to enter it again.</source>
        <translation>Токен доступу зберігається лише в пам&apos;яті: після закриття консолі його буде забуто, і вам доведеться ввести його знову.</translation>
    </message>
    <message>
        <source>The system keyring could not delete the access token (%1). Remove it with your keyring manager.</source>
        <translation>Системне сховище паролів не змогло видалити токен доступу (%1). Видаліть його вручну в менеджері паролів.</translation>
    </message>
    <message>
        <source>You declined access to the system keyring, so the access token is kept in memory only: it is forgotten when the console closes. To keep it, allow the console in the keyring prompt next time.</source>
        <translation>Ви відмовили в доступі до системного сховища паролів, тому токен доступу зберігається лише в пам&apos;яті: після закриття консолі його буде забуто. Щоб зберегти його, наступного разу дозвольте консолі доступ у запиті сховища паролів.</translation>
    </message>
    <message>
        <source>The system keyring refused access (it may be locked), so the access token is kept in memory only: it is forgotten when the console closes. Unlock the keyring to keep it.</source>
        <translation>Системне сховище паролів відмовило в доступі (можливо, воно заблоковане), тому токен доступу зберігається лише в пам&apos;яті: після закриття консолі його буде забуто. Щоб зберегти токен, розблокуйте сховище паролів.</translation>
    </message>
    <message>
        <source>No system keyring service is running (such as GNOME Keyring or KWallet), so the access token is kept in memory only: it is forgotten when the console closes.</source>
        <translation>Не запущено жодної служби системного сховища паролів (як-от GNOME Keyring або KWallet), тому токен доступу зберігається лише в пам&apos;яті: після закриття консолі його буде забуто.</translation>
    </message>
    <message>
        <source>This system has no keyring the console can use, so the access token is kept in memory only: it is forgotten when the console closes.</source>
        <translation>У цій системі немає сховища паролів, яким може користуватися консоль, тому токен доступу зберігається лише в пам&apos;яті: після закриття консолі його буде забуто.</translation>
    </message>
    <message>
        <source>The system keyring did not answer, so the access token is kept in memory only: it is forgotten when the console closes.</source>
        <translation>Системне сховище паролів не відповіло, тому токен доступу зберігається лише в пам&apos;яті: після закриття консолі його буде забуто.</translation>
    </message>
</context>
<context>
    <name>ActivityEditorDialog</name>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (не дозволено)</translation>
    </message>
    <message>
        <source>HTTP Request activity &quot;%1&quot; in %2</source>
        <translation>Дія «HTTP-запит» «%1» у потоці %2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запит</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>Test parse settings</source>
        <translation>Перевірка параметрів розбору</translation>
    </message>
    <message>
        <source>Send test request</source>
        <translation>Надіслати тестовий запит</translation>
    </message>
    <message>
        <source>Parts of the activity</source>
        <translation>Розділи дії</translation>
    </message>
    <message>
        <source>Activity &amp;label:</source>
        <translation>&amp;Назва дії:</translation>
    </message>
    <message>
        <source>Activity label</source>
        <translation>Назва дії</translation>
    </message>
    <message>
        <source>&amp;Use authenticated endpoint</source>
        <translation>&amp;Використовувати автентифіковану кінцеву точку</translation>
    </message>
    <message>
        <source>On: the request goes through a connector to a path of the Webex Contact Center API. Off: it goes to a full URL.</source>
        <translation>Увімкнено: запит іде через конектор до шляху API Webex Contact Center. Вимкнено: запит іде на повну URL-адресу.</translation>
    </message>
    <message>
        <source>&amp;Connector:</source>
        <translation>&amp;Конектор:</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Конектор</translation>
    </message>
    <message>
        <source>Type to search the connectors</source>
        <translation>Почніть вводити, щоб знайти конектор</translation>
    </message>
    <message>
        <source>Request &amp;path:</source>
        <translation>&amp;Шлях запиту:</translation>
    </message>
    <message>
        <source>Request path</source>
        <translation>Шлях запиту</translation>
    </message>
    <message>
        <source>Request U&amp;RL:</source>
        <translation>&amp;URL-адреса запиту:</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>URL-адреса запиту</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Метод:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>A read-only connector allows GET only.</source>
        <translation>Конектор із доступом лише для читання дозволяє тільки GET.</translation>
    </message>
    <message>
        <source>&amp;Query parameters:</source>
        <translation>&amp;Параметри запиту:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Параметри запиту</translation>
    </message>
    <message>
        <source>Add a query parameter</source>
        <translation>Додати параметр запиту</translation>
    </message>
    <message>
        <source>Remove the selected query parameter</source>
        <translation>Вилучити вибраний параметр запиту</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Заголовки:</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Заголовки запиту</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>Додати заголовок</translation>
    </message>
    <message>
        <source>Remove the selected header</source>
        <translation>Вилучити вибраний заголовок</translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation>&amp;Тип вмісту:</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Тип вмісту</translation>
    </message>
    <message>
        <source>Request &amp;body:</source>
        <translation>Ті&amp;ло запиту:</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Тіло запиту</translation>
    </message>
    <message>
        <source>Response time&amp;out (ms):</source>
        <translation>&amp;Час очікування відповіді (мс):</translation>
    </message>
    <message>
        <source>Response timeout in milliseconds</source>
        <translation>Час очікування відповіді в мілісекундах</translation>
    </message>
    <message>
        <source>%1 to %2 ms</source>
        <translation>від %1 до %2 мс</translation>
    </message>
    <message>
        <source>Retr&amp;y attempts:</source>
        <translation>Кількість п&amp;овторів:</translation>
    </message>
    <message>
        <source>Retry attempts</source>
        <translation>Кількість повторних спроб</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>від %1 до %2</translation>
    </message>
    <message>
        <source>Parse response &amp;as:</source>
        <translation>&amp;Розбирати відповідь як:</translation>
    </message>
    <message>
        <source>Parse the response as</source>
        <translation>Формат розбору відповіді</translation>
    </message>
    <message>
        <source>Output &amp;variables:</source>
        <translation>Ви&amp;хідні змінні:</translation>
    </message>
    <message>
        <source>Output variable</source>
        <translation>Вихідна змінна</translation>
    </message>
    <message>
        <source>JSON Path</source>
        <translation>JSON Path</translation>
    </message>
    <message>
        <source>Output variables and their JSON Paths</source>
        <translation>Вихідні змінні та їхні вирази JSON Path</translation>
    </message>
    <message>
        <source>Add an output variable</source>
        <translation>Додати вихідну змінну</translation>
    </message>
    <message>
        <source>Remove the selected output variable</source>
        <translation>Вилучити вибрану вихідну змінну</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>З&amp;берегти</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Відкинути зміни</translation>
    </message>
    <message>
        <source>Discard changes to this activity?</source>
        <translation>Відкинути зміни в цій дії?</translation>
    </message>
    <message>
        <source>Your edits to its fields are not saved.</source>
        <translation>Зміни в її полях не буде збережено.</translation>
    </message>
    <message>
        <source>The sample response in Test parse settings is not kept.</source>
        <translation>Зразок відповіді на вкладці «Перевірка параметрів розбору» не зберігається.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Відкинути</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продовжити редагування</translation>
    </message>
    <message>
        <source>HTTP Request activity &quot;%1&quot; in %2 (view only)</source>
        <translation>Дія «HTTP-запит» «%1» у потоці %2 (лише перегляд)</translation>
    </message>
    <message>
        <source>View only: %1 You can look at every setting, test the parse settings and send a test request your role allows.</source>
        <translation>Лише перегляд: %1 Ви можете переглядати всі параметри, перевіряти параметри розбору й надсилати тестові запити, які дозволяє ваша роль.</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>Лише перегляд</translation>
    </message>
</context>
<context>
    <name>AdminCommands</name>
    <message>
        <source>&apos;admins add&apos; needs --role.</source>
        <translation>Для «admins add» потрібен параметр --role.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;. Roles: %2.</source>
        <translation>Невідома роль «%1». Доступні ролі: %2.</translation>
    </message>
    <message>
        <source>Added administrator %1 (%2) as %3.</source>
        <translation>Додано адміністратора %1 (%2) з роллю «%3».</translation>
    </message>
    <message>
        <source>--connectors needs a whole number from 0 to 10000000.</source>
        <translation>Значення --connectors має бути цілим числом від 0 до 10000000.</translation>
    </message>
    <message>
        <source>--flows needs a whole number from 0 to 10000000.</source>
        <translation>--flows потребує цілого числа від 0 до 10000000.</translation>
    </message>
    <message>
        <source>Sample connectors added: %1 (%2 of them inactive). Sample flows added: %3, with %4 HTTP Request activities. Administrator accounts added: %5.</source>
        <translation>Додано демонстраційних конекторів: %1 (з них неактивних: %2). Додано демонстраційних потоків: %3, у них дій «HTTP-запит»: %4. Додано облікових записів адміністраторів: %5.</translation>
    </message>
    <message>
        <source>&apos;admins bind&apos; needs --login.</source>
        <translation>Для «admins bind» потрібен параметр --login.</translation>
    </message>
    <message>
        <source>Bound administrator %1 to the login %2.</source>
        <translation>Адміністратора %1 прив’язано до входу %2.</translation>
    </message>
    <message>
        <source>--login needs a value; leave the option out to add an account bound to no login.</source>
        <translation>--login потребує значення; щоб додати обліковий запис без прив&apos;язки до логіна, не вказуйте цей параметр.</translation>
    </message>
</context>
<context>
    <name>AdminDirectory</name>
    <message>
        <source>the database has no organisation</source>
        <translation>у базі даних немає організації</translation>
    </message>
</context>
<context>
    <name>AdminRoles</name>
    <message>
        <source>Full administrator</source>
        <translation>Адміністратор із повними правами</translation>
    </message>
    <message>
        <source>Contact Center service administrator</source>
        <translation>Адміністратор сервісу Contact Center</translation>
    </message>
    <message>
        <source>External administrator with the full administrator role</source>
        <translation>Зовнішній адміністратор із роллю адміністратора з повними правами</translation>
    </message>
    <message>
        <source>External administrator with the Contact Center special administrator role</source>
        <translation>Зовнішній адміністратор зі спеціальною роллю адміністратора Contact Center</translation>
    </message>
    <message>
        <source>Support administrator with the full administrator role</source>
        <translation>Адміністратор служби підтримки з роллю адміністратора з повними правами</translation>
    </message>
    <message>
        <source>Partner full administrator</source>
        <translation>Адміністратор партнера з повними правами</translation>
    </message>
    <message>
        <source>Read-only administrator</source>
        <translation>Адміністратор лише для читання</translation>
    </message>
    <message>
        <source>External administrator with the read-only administrator role</source>
        <translation>Зовнішній адміністратор із роллю адміністратора лише для читання</translation>
    </message>
    <message>
        <source>Support administrator (basic)</source>
        <translation>Адміністратор служби підтримки (базовий рівень)</translation>
    </message>
    <message>
        <source>Partner read-only administrator</source>
        <translation>Адміністратор партнера лише для читання</translation>
    </message>
</context>
<context>
    <name>ApiRegion</name>
    <message>
        <source>United States (US1)</source>
        <translation>США (US1)</translation>
    </message>
    <message>
        <source>Europe, United Kingdom (EU1)</source>
        <translation>Європа, Велика Британія (EU1)</translation>
    </message>
    <message>
        <source>Europe, Germany (EU2)</source>
        <translation>Європа, Німеччина (EU2)</translation>
    </message>
    <message>
        <source>Australia and New Zealand (ANZ1)</source>
        <translation>Австралія та Нова Зеландія (ANZ1)</translation>
    </message>
    <message>
        <source>Canada (CA1)</source>
        <translation>Канада (CA1)</translation>
    </message>
    <message>
        <source>Japan (JP1)</source>
        <translation>Японія (JP1)</translation>
    </message>
    <message>
        <source>Singapore (SG1)</source>
        <translation>Сінгапур (SG1)</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Деактивовано</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Активовано</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>Administrator added</source>
        <translation>Додано адміністратора</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Відновлено</translation>
    </message>
    <message>
        <source>Flow imported</source>
        <translation>Потік імпортовано</translation>
    </message>
    <message>
        <source>Flow re-imported</source>
        <translation>Потік імпортовано повторно</translation>
    </message>
    <message>
        <source>HTTP Request activity edited</source>
        <translation>Дію «HTTP-запит» змінено</translation>
    </message>
    <message>
        <source>Flow deleted</source>
        <translation>Потік видалено</translation>
    </message>
    <message>
        <source>%1 acting as %2</source>
        <translation>%1 від імені %2</translation>
    </message>
    <message>
        <source>Administrator login bound</source>
        <translation>Вхід адміністратора прив’язано</translation>
    </message>
</context>
<context>
    <name>CommandParsing</name>
    <message>
        <source>&apos;%1&apos; takes no arguments.</source>
        <translation>Команда «%1» не приймає аргументів.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s).</source>
        <translation>
            <numerusform>Команда «%1» приймає %n аргумент.</numerusform>
            <numerusform>Команда «%1» приймає %n аргументи.</numerusform>
            <numerusform>Команда «%1» приймає %n аргументів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes at most %n argument(s).</source>
        <translation>
            <numerusform>Команда «%1» приймає щонайбільше %n аргумент.</numerusform>
            <numerusform>Команда «%1» приймає щонайбільше %n аргументи.</numerusform>
            <numerusform>Команда «%1» приймає щонайбільше %n аргументів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown access level &apos;%1&apos;: use read-only or read-write.</source>
        <translation>Невідомий рівень доступу «%1»: використовуйте read-only або read-write.</translation>
    </message>
    <message>
        <source>The ID prefix &apos;%1&apos; matches more than one connector; give more of the ID.</source>
        <translation>Початок ідентифікатора «%1» збігається з кількома конекторами; введіть довшу частину ідентифікатора.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a connector ID (expected a UUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301, or at least its first 8 characters).</source>
        <translation>«%1» не є ідентифікатором конектора (очікується UUID, наприклад 3f2504e0-4f89-41d3-9a0c-0305e82c3301, або щонайменше його перші 8 символів).</translation>
    </message>
    <message>
        <source>--%1 is a global option: give it before the command, as in &apos;connectorctl --%1 ... %2 ...&apos;.</source>
        <translation>--%1 — глобальний параметр: укажіть його перед командою, наприклад «connectorctl --%1 ... %2 ...».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of one flow and the start of the ID of another; give the full ID of the one you mean.</source>
        <translation>«%1» — це назва одного потоку й початок ідентифікатора іншого; введіть повний ідентифікатор потрібного потоку.</translation>
    </message>
    <message>
        <source>The ID prefix &apos;%1&apos; matches more than one flow; give more of the ID.</source>
        <translation>Початок ідентифікатора «%1» збігається з кількома потоками; введіть більшу частину ідентифікатора.</translation>
    </message>
    <message>
        <source>%1%2 is given more than once; give it once.</source>
        <translation>%1%2 вказано більше одного разу; вкажіть його лише раз.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the ID of one flow and the name of another; give the ID of the one you mean, or rename the other.</source>
        <translation>«%1» — це ID одного потоку й назва іншого; вкажіть ID потрібного потоку або перейменуйте інший.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; needs at least %n argument(s).</source>
        <translation>
            <numerusform>Команді «%1» потрібен щонайменше %n аргумент.</numerusform>
            <numerusform>Команді «%1» потрібно щонайменше %n аргументи.</numerusform>
            <numerusform>Команді «%1» потрібно щонайменше %n аргументів.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2.</source>
        <translation>Значення --%1 має бути цілим числом, не меншим за %2.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>Значення --%1 має бути цілим числом від %2 до %3.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;. Roles: %2.</source>
        <translation>Невідома роль «%1». Ролі: %2.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is the name of %n flows or versions; give the ID of the one you mean (&apos;connectorctl flows list&apos; shows them).</source>
        <translation>
            <numerusform>«%1» — назва %n потоку чи версії; вкажіть ідентифікатор потрібного («connectorctl flows list» їх показує).</numerusform>
            <numerusform>«%1» — назва %n потоків чи версій; вкажіть ідентифікатор потрібного («connectorctl flows list» їх показує).</numerusform>
            <numerusform>«%1» — назва %n потоків чи версій; вкажіть ідентифікатор потрібного («connectorctl flows list» їх показує).</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 needs &quot;%2&quot; (the Live version) or &quot;%3&quot; (the latest other version).</source>
        <translation>--%1 потребує &quot;%2&quot; (версія Live) або &quot;%3&quot; (остання інша версія).</translation>
    </message>
    <message>
        <source>The console holds no %1 version of the Flow Designer flow &apos;%2&apos;; it holds: %3.</source>
        <translation>Консоль не зберігає версії %1 потоку Flow Designer &apos;%2&apos;; вона зберігає: %3.</translation>
    </message>
    <message numerus="yes">
        <source>The Flow Designer flowId &apos;%1&apos; names %n stored versions; this is %2. For %3, add --slot %4.</source>
        <translation>
            <numerusform>flowId Flow Designer &apos;%1&apos; називає %n збережену версію; це %2. Для %3 додайте --slot %4.</numerusform>
            <numerusform>flowId Flow Designer &apos;%1&apos; називає %n збережені версії; це %2. Для %3 додайте --slot %4.</numerusform>
            <numerusform>flowId Flow Designer &apos;%1&apos; називає %n збережених версій; це %2. Для %3 додайте --slot %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>--slot applies to a Flow Designer flowId; the console holds no flow whose flowId is &apos;%1&apos;.</source>
        <translation>--slot стосується flowId Flow Designer; у консолі немає потоку з flowId &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>ConfirmationTexts</name>
    <message>
        <source>Deactivate connector</source>
        <translation>Деактивувати конектор</translation>
    </message>
    <message>
        <source>Deactivate the connector &quot;%1&quot;?</source>
        <translation>Деактивувати конектор «%1»?</translation>
    </message>
    <message>
        <source>Deactivating a connector stops call routing for every flow that uses it. We recommend deactivating connectors outside business hours.

Its settings are kept: you can edit it while it is inactive and activate it again at any time.

%1</source>
        <translation>Деактивація конектора зупиняє маршрутизацію викликів для всіх потоків, які його використовують. Радимо деактивувати конектори в неробочий час.

Налаштування конектора зберігаються: поки він неактивний, його можна редагувати, а знову активувати — будь-коли.

%1</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Деактивувати</translation>
    </message>
    <message>
        <source>Activate connector</source>
        <translation>Активувати конектор</translation>
    </message>
    <message>
        <source>Activate the connector &quot;%1&quot;?</source>
        <translation>Активувати конектор «%1»?</translation>
    </message>
    <message>
        <source>Flows in Flow Designer can use the connector again as soon as it is active. Its settings become read-only while it is active.

%1</source>
        <translation>Щойно конектор стане активним, потоки у Flow Designer знову зможуть його використовувати. Поки конектор активний, його налаштування доступні лише для читання.

%1</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Активувати</translation>
    </message>
    <message>
        <source>Delete connector</source>
        <translation>Видалити конектор</translation>
    </message>
    <message>
        <source>Delete the connector &quot;%1&quot;?</source>
        <translation>Видалити конектор «%1»?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>The flows using this connector could not be read: %1</source>
        <translation>Не вдалося прочитати, які потоки використовують цей конектор: %1</translation>
    </message>
    <message>
        <source>No flow uses this connector.</source>
        <translation>Жоден потік не використовує цей конектор.</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n flow(s):</source>
        <translation>
            <numerusform>Використовує %n потік:</numerusform>
            <numerusform>Використовують %n потоки:</numerusform>
            <numerusform>Використовують %n потоків:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP Request activity(s)</source>
        <translation>
            <numerusform>%n дія «HTTP-запит»</numerusform>
            <numerusform>%n дії «HTTP-запит»</numerusform>
            <numerusform>%n дій «HTTP-запит»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more flow(s).</source>
        <translation>
            <numerusform>…і ще %n потік.</numerusform>
            <numerusform>…і ще %n потоки.</numerusform>
            <numerusform>…і ще %n потоків.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their HTTP Request activities stay in place, marked broken in the Flows tab, until they are pointed at another connector.</source>
        <translation>Їхні дії «HTTP-запит» залишаться на місці й на вкладці «Потоки» позначатимуться як несправні, доки їх не спрямують на інший конектор.</translation>
    </message>
    <message>
        <source>After deletion, scripts that are running now may stop working, and the connector&apos;s functionality is removed from the associated flows.

%1

Connector ID:
%2</source>
        <translation>Після видалення скрипти, які зараз виконуються, можуть перестати працювати, а функції конектора буде вилучено з пов&apos;язаних потоків.

%1

Ідентифікатор конектора:
%2</translation>
    </message>
    <message numerus="yes">
        <source>The Live version of %n flow(s) takes calls through this connector.</source>
        <translation>
            <numerusform>Версія Live %n потоку приймає виклики через цей конектор.</numerusform>
            <numerusform>Версії Live %n потоків приймають виклики через цей конектор.</numerusform>
            <numerusform>Версії Live %n потоків приймають виклики через цей конектор.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only drafts use this connector: no Live version takes calls through it.</source>
        <translation>Цей конектор використовують лише чернетки: жодна версія Live не приймає через нього виклики.</translation>
    </message>
    <message>
        <source>• %1, %2 — %3</source>
        <comment>flow label, activities — what it means for calls</comment>
        <translation>• %1, %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>The Live version of %n flow(s) uses this connector, which is inactive: calls fail there.</source>
        <translation>
            <numerusform>Версія Live %n потоку використовує цей конектор, але він неактивний: виклики там завершуються помилкою.</numerusform>
            <numerusform>Версії Live %n потоків використовують цей конектор, але він неактивний: виклики там завершуються помилкою.</numerusform>
            <numerusform>Версії Live %n потоків використовують цей конектор, але він неактивний: виклики там завершуються помилкою.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorAccess</name>
    <message>
        <source>Read-only access</source>
        <translation>Доступ лише для читання</translation>
    </message>
    <message>
        <source>Read-write access</source>
        <translation>Доступ для читання-запису</translation>
    </message>
    <message>
        <source>Read-only and read-write access</source>
        <translation>Доступ лише для читання та доступ для читання-запису</translation>
    </message>
    <message>
        <source>No access level</source>
        <translation>Рівень доступу не вказано</translation>
    </message>
</context>
<context>
    <name>ConnectorBrowser</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <source>Name, ID, scope or who authorised it</source>
        <translation>Назва, ідентифікатор, область або хто авторизував</translation>
    </message>
    <message>
        <source>Search connectors</source>
        <translation>Пошук конекторів</translation>
    </message>
    <message>
        <source>Filters the connectors as you type (%1)</source>
        <translation>Фільтрує конектори під час введення (%1)</translation>
    </message>
</context>
<context>
    <name>ConnectorCardDelegate</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Authorised by %1 · Last change by %2</source>
        <translation>Авторизовано: %1 · Остання зміна: %2</translation>
    </message>
    <message>
        <source>Switch off to deactivate this connector (Space)</source>
        <translation>Вимкніть, щоб деактивувати цей конектор (Пробіл)</translation>
    </message>
    <message>
        <source>Switch on to activate this connector (Space)</source>
        <translation>Увімкніть, щоб активувати цей конектор (Пробіл)</translation>
    </message>
    <message>
        <source>Authorised by %1 · no changes since</source>
        <translation>Авторизовано: %1 · відтоді без змін</translation>
    </message>
</context>
<context>
    <name>ConnectorCommands</name>
    <message>
        <source>Added connector &quot;%1&quot; with ID %2.</source>
        <translation>Додано конектор «%1» з ідентифікатором %2.</translation>
    </message>
    <message>
        <source>&apos;edit&apos; needs --name or --access (or both).</source>
        <translation>Для «edit» потрібен параметр --name або --access (чи обидва).</translation>
    </message>
    <message>
        <source>Updated connector &quot;%1&quot; (revision %2).</source>
        <translation>Конектор «%1» оновлено (версія %2).</translation>
    </message>
    <message>
        <source>Activated connector &quot;%1&quot;; flows can use it again.</source>
        <translation>Конектор «%1» активовано; потоки знову можуть його використовувати.</translation>
    </message>
    <message>
        <source>Deactivated connector &quot;%1&quot;. Flows that use it stop routing calls through it until it is activated again.</source>
        <translation>Конектор «%1» деактивовано. Потоки, які його використовують, не маршрутизуватимуть через нього виклики, доки його знову не активують.</translation>
    </message>
    <message>
        <source>Deleted connector &quot;%1&quot; (ID %2).</source>
        <translation>Конектор «%1» видалено (ідентифікатор %2).</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>Значення --limit має бути цілим числом, не меншим за 1.</translation>
    </message>
</context>
<context>
    <name>ConnectorDetailPanel</name>
    <message>
        <source>Active: flows can use this connector; its settings are read-only.</source>
        <translation>Активний: потоки можуть використовувати цей конектор; його налаштування доступні лише для читання.</translation>
    </message>
    <message>
        <source>Inactive: flows cannot use this connector; its settings can be edited.</source>
        <translation>Неактивний: потоки не можуть використовувати цей конектор; його налаштування можна змінювати.</translation>
    </message>
    <message>
        <source>Switch off to deactivate this connector</source>
        <translation>Вимкніть, щоб деактивувати цей конектор</translation>
    </message>
    <message>
        <source>Switch on to activate this connector</source>
        <translation>Увімкніть, щоб активувати цей конектор</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Не вдалося прочитати історію: %1</translation>
    </message>
    <message>
        <source>Histor&amp;y (%1)</source>
        <translation>&amp;Історія (%1)</translation>
    </message>
    <message>
        <source>Select a connector to see its details, its Active switch and its history.</source>
        <translation>Виберіть конектор, щоб переглянути його подробиці, перемикач «Активний» та історію.</translation>
    </message>
    <message>
        <source>Connector ID:</source>
        <translation>Ідентифікатор конектора:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Доступ:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Області:</translation>
    </message>
    <message>
        <source>HTTP methods:</source>
        <translation>Методи HTTP:</translation>
    </message>
    <message>
        <source>Authorised by:</source>
        <translation>Авторизовано:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Створено:</translation>
    </message>
    <message>
        <source>Last change by:</source>
        <translation>Остання зміна:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Версія:</translation>
    </message>
    <message>
        <source>Flows:</source>
        <translation>Потоки:</translation>
    </message>
    <message>
        <source>Connector ID</source>
        <translation>Ідентифікатор конектора</translation>
    </message>
    <message>
        <source>The connector ID was generated when the connector was added; it never changes. Select it or use Copy connector ID.</source>
        <translation>Ідентифікатор конектора створено під час додавання конектора, і він ніколи не змінюється. Виділіть його або скористайтеся командою «Копіювати ідентифікатор конектора».</translation>
    </message>
    <message>
        <source>Ac&amp;tive</source>
        <translation>Ак&amp;тивний</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Edit connector</source>
        <translation>Редагувати конектор</translation>
    </message>
    <message>
        <source>Delete connector</source>
        <translation>Видалити конектор</translation>
    </message>
    <message>
        <source>Copy connector ID</source>
        <translation>Копіювати ідентифікатор конектора</translation>
    </message>
    <message>
        <source>History of the connector</source>
        <translation>Історія конектора</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>The flows using this connector could not be read: %1</source>
        <translation>Не вдалося прочитати, які потоки використовують цей конектор: %1</translation>
    </message>
    <message>
        <source>Main flow</source>
        <translation>Основний потік</translation>
    </message>
    <message>
        <source>Event flow %1</source>
        <translation>Потік подій %1</translation>
    </message>
    <message>
        <source>HTTP Request activity %1 (node %2)</source>
        <translation>Дія «HTTP-запит» %1 (вузол %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n дія</numerusform>
            <numerusform>%n дії</numerusform>
            <numerusform>%n дій</numerusform>
        </translation>
    </message>
    <message>
        <source>No flow uses this connector: deactivating or deleting it affects no call routing.</source>
        <translation>Жоден потік не використовує цей конектор: його деактивація чи видалення не вплине на маршрутизацію дзвінків.</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Використовують</translation>
    </message>
    <message>
        <source>Flows and activities using the connector</source>
        <translation>Потоки й дії, що використовують конектор</translation>
    </message>
    <message>
        <source>Flow / activity</source>
        <translation>Потік / дія</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Inactive: flows cannot use this connector.</source>
        <translation>Неактивний: потоки не можуть використовувати цей конектор.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>activity count — what it means for calls</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ConnectorDialog</name>
    <message>
        <source>enter a name</source>
        <translation>введіть назву</translation>
    </message>
    <message>
        <source>correct the name</source>
        <translation>виправте назву</translation>
    </message>
    <message>
        <source>choose read-only access, read-write access or both</source>
        <translation>виберіть доступ лише для читання, доступ для читання-запису або обидва</translation>
    </message>
    <message>
        <source>tick &quot;I authorize&quot;</source>
        <translation>установіть прапорець «Я авторизую»</translation>
    </message>
    <message>
        <source>To add the connector: %1.</source>
        <translation>Щоб додати конектор: %1.</translation>
    </message>
    <message>
        <source>To save: %1.</source>
        <translation>Щоб зберегти: %1.</translation>
    </message>
    <message>
        <source>Change the name or the access to save.</source>
        <translation>Щоб зберегти, змініть назву або доступ.</translation>
    </message>
    <message>
        <source>Add connector</source>
        <translation>Додати конектор</translation>
    </message>
    <message>
        <source>Edit connector</source>
        <translation>Редагувати конектор</translation>
    </message>
    <message>
        <source>A Webex Contact Center connector lets flows in Flow Designer call the Webex Contact Center APIs with your organisation&apos;s authorisation. A connector ID is generated when you add it and can never be changed.</source>
        <translation>Конектор Webex Contact Center дає змогу потокам у Flow Designer викликати API Webex Contact Center з авторизацією вашої організації. Ідентифікатор конектора створюється під час додавання, і змінити його не можна.</translation>
    </message>
    <message>
        <source>Settings can be changed only while the connector is inactive. The connector ID never changes.</source>
        <translation>Налаштування можна змінювати, лише поки конектор неактивний. Ідентифікатор конектора ніколи не змінюється.</translation>
    </message>
    <message>
        <source>Connector ID:</source>
        <translation>Ідентифікатор конектора:</translation>
    </message>
    <message>
        <source>Connector ID</source>
        <translation>Ідентифікатор конектора</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>A unique name, e.g. Queue statistics - EMEA</source>
        <translation>Унікальна назва, напр. Статистика черг - EMEA</translation>
    </message>
    <message>
        <source>&amp;Read-only access</source>
        <translation>Доступ &amp;лише для читання</translation>
    </message>
    <message>
        <source>Read-only access</source>
        <translation>Доступ лише для читання</translation>
    </message>
    <message>
        <source>GET calls. Scopes: %1</source>
        <translation>Виклики GET. Області: %1</translation>
    </message>
    <message>
        <source>Read-&amp;write access</source>
        <translation>Доступ для читання-за&amp;пису</translation>
    </message>
    <message>
        <source>Read-write access</source>
        <translation>Доступ для читання-запису</translation>
    </message>
    <message>
        <source>GET, POST, PUT, PATCH and DELETE calls. Scopes: %1</source>
        <translation>Виклики GET, POST, PUT, PATCH і DELETE. Області: %1</translation>
    </message>
    <message>
        <source>I &amp;authorize this connector to read, write, modify and delete data in the Contact Center solution</source>
        <translation>&amp;Я авторизую цей конектор зчитувати, записувати, змінювати та видаляти дані в рішенні Contact Center</translation>
    </message>
    <message>
        <source>I authorize this connector to read, write, modify and delete data in the Contact Center solution</source>
        <translation>Я авторизую цей конектор зчитувати, записувати, змінювати та видаляти дані в рішенні Contact Center</translation>
    </message>
    <message>
        <source>A&amp;dd connector</source>
        <translation>&amp;Додати конектор</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Зберегти зміни</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Зберегти зміни</translation>
    </message>
    <message>
        <source>Access level (one or both):</source>
        <translation>Рівень доступу (один або обидва):</translation>
    </message>
</context>
<context>
    <name>ConnectorExchange</name>
    <message>
        <source>a connector must be a JSON object.</source>
        <translation>конектор має бути об&apos;єктом JSON.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing or is not text.</source>
        <translation>поле «%1» відсутнє або не є текстом.</translation>
    </message>
    <message>
        <source>the field &quot;id&quot; is not a connector ID (a UUID).</source>
        <translation>поле «id» не є ідентифікатором конектора (UUID).</translation>
    </message>
    <message>
        <source>unknown access level &quot;%1&quot;: use read-only or read-write.</source>
        <translation>невідомий рівень доступу «%1»: використовуйте read-only або read-write.</translation>
    </message>
    <message>
        <source>the field &quot;active&quot; must be true or false.</source>
        <translation>поле «active» має містити true або false.</translation>
    </message>
    <message>
        <source>the consent record (authorizedBy, authorizedAt) is missing or invalid; a connector cannot exist without it.</source>
        <translation>запис про згоду (authorizedBy, authorizedAt) відсутній або недійсний; без нього конектор не може існувати.</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2).</source>
        <translation>файл містить некоректний JSON (%1, байт %2).</translation>
    </message>
    <message>
        <source>the file is not a connectors export (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>файл не є експортом конекторів (його поле «format» не дорівнює «%1»).</translation>
    </message>
    <message>
        <source>the export format version %1 is not supported (this console reads version %2).</source>
        <translation>версія формату експорту %1 не підтримується (ця консоль читає версію %2).</translation>
    </message>
    <message>
        <source>the ID %1 appears twice in the file (first at %2).</source>
        <translation>ідентифікатор %1 трапляється у файлі двічі (уперше — %2).</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice in the file (first at %2).</source>
        <translation>назва «%1» трапляється у файлі двічі (уперше — %2).</translation>
    </message>
    <message>
        <source>a connector with the ID %1 already exists (&quot;%2&quot;).</source>
        <translation>конектор з ідентифікатором %1 уже існує («%2»).</translation>
    </message>
    <message>
        <source>&quot;flows&quot; must be a list of Flow Designer flow exports.</source>
        <translation>«flows» має бути списком експортів потоків Flow Designer.</translation>
    </message>
    <message>
        <source>a flow must be a JSON object (a Flow Designer flow export).</source>
        <translation>потік має бути об’єктом JSON (експортом потоку Flow Designer).</translation>
    </message>
    <message>
        <source>not a Flow Designer flow export: %1</source>
        <translation>це не експорт потоку Flow Designer: %1</translation>
    </message>
    <message>
        <source>the flow name &quot;%1&quot; appears twice in the file (first at %2).</source>
        <translation>назва потоку «%1» трапляється у файлі двічі (уперше — %2).</translation>
    </message>
    <message>
        <source>the flow ID %1 appears twice in the file (first at %2).</source>
        <translation>ідентифікатор потоку %1 трапляється у файлі двічі (уперше — %2).</translation>
    </message>
    <message>
        <source>the field &quot;id&quot; is not a flow ID (a UUID).</source>
        <translation>поле «id» не є ідентифікатором потоку (UUID).</translation>
    </message>
    <message>
        <source>the flow &quot;%1&quot; (ID %2) is renamed to &quot;%3&quot; here, but the stored flow &quot;%4&quot; (ID %5) already has that name; flow names must be unique, ignoring case.</source>
        <translation>тут потік «%1» (ідентифікатор %2) перейменовано на «%3», але таку назву вже має збережений потік «%4» (ідентифікатор %5); назви потоків мають бути унікальними без урахування регістру.</translation>
    </message>
    <message>
        <source>authorizedBy: &quot;%1&quot; is not an administrator of this organisation; add the account first, then import.</source>
        <translation>authorizedBy: «%1» не є адміністратором цієї організації; спершу додайте цей обліковий запис, потім імпортуйте.</translation>
    </message>
    <message>
        <source>%1: %2 is in the future.</source>
        <translation>%1: %2 — це час у майбутньому.</translation>
    </message>
    <message>
        <source>%1: %2 is not a timestamp such as 2026-01-02T03:04:05.000Z.</source>
        <translation>%1: %2 не є позначкою часу на кшталт 2026-01-02T03:04:05.000Z.</translation>
    </message>
    <message>
        <source>%1: %2 is not an administrator&apos;s e-mail address.</source>
        <translation>%1: %2 не є адресою електронної пошти адміністратора.</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (the bytes at %1 do not form a character); save it as UTF-8 and try again.</source>
        <translation>файл не є коректним UTF-8 (байти на позиції %1 не утворюють символу); збережіть його в кодуванні UTF-8 і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>the file&apos;s top level is not a JSON object; a connectors export is an object with &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>верхній рівень файлу не є об’єктом JSON; експорт конекторів — це об’єкт із &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: the key appears more than once in the same object (again at byte %2); remove the extra one.</source>
        <translation>%1: ключ трапляється в тому самому об’єкті більше одного разу (повторно на байті %2); вилучіть зайвий.</translation>
    </message>
    <message>
        <source>authorizedBy: &quot;%1&quot; has the role &quot;%2&quot;, which may not set up connectors, so cannot have given this consent.</source>
        <translation>authorizedBy: «%1» має роль «%2», яка не може налаштовувати конектори, тож не могла надати цю згоду.</translation>
    </message>
    <message>
        <source>%1: %2 is before createdAt (%3).</source>
        <translation>%1: %2 раніше за createdAt (%3).</translation>
    </message>
    <message>
        <source>%1: the text holds half of a surrogate pair (a \uD800-\uDFFF escape without its partner, in the string at byte %2); it is not a character.</source>
        <translation>%1: текст містить половину сурогатної пари (екранування \uD800–\uDFFF без другої половини в рядку з байта %2); це не символ.</translation>
    </message>
    <message>
        <source>the flow is larger than %1 MiB, the limit for a flow file; shorten it or leave it out.</source>
        <translation>потік більший за %1 МіБ — межу для файлу потоку; скоротіть його або не імпортуйте.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed.</source>
        <translation>
            <numerusform>ще %n проблема не показана.</numerusform>
            <numerusform>ще %n проблеми не показані.</numerusform>
            <numerusform>ще %n проблем не показано.</numerusform>
        </translation>
    </message>
    <message>
        <source>the record is larger than %1 MiB, the limit for one record (at byte %2); the file cannot be read.</source>
        <translation>запис більший за %1 МіБ — межу для одного запису (на байті %2); файл не можна прочитати.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the limit for an import.</source>
        <translation>файл більший за %1 МіБ — межу для імпорту.</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>не вдалося прочитати файл: %1</translation>
    </message>
</context>
<context>
    <name>ConnectorHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <source>Added with %1</source>
        <translation>Додано: %1</translation>
    </message>
    <message>
        <source>Restored with its original ID and authorisation</source>
        <translation>Відновлено з початковим ідентифікатором і авторизацією</translation>
    </message>
    <message>
        <source>Deleted while named &quot;%1&quot;</source>
        <translation>Видалено з назвою «%1»</translation>
    </message>
    <message>
        <source>name</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>access</source>
        <translation>доступ</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 by %2 on %3. %4</source>
        <translation>%1 (%2, %3). %4</translation>
    </message>
</context>
<context>
    <name>ConnectorListModel</name>
    <message>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивний</translation>
    </message>
    <message>
        <source>Connector %1, %2, %3, ID %4. Authorised by %5 on %6; last changed by %7 on %8.</source>
        <translation>Конектор «%1», %2, %3, ідентифікатор %4. Авторизував %5 %6; востаннє змінив %7 %8.</translation>
    </message>
    <message>
        <source>Not used by any flow</source>
        <translation>Не використовується в жодному потоці</translation>
    </message>
    <message>
        <source>Used by %1 · %2</source>
        <translation>Використовують: %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n потік</numerusform>
            <numerusform>%n потоки</numerusform>
            <numerusform>%n потоків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n дія</numerusform>
            <numerusform>%n дії</numerusform>
            <numerusform>%n дій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorOperations</name>
    <message>
        <source>Cannot add a connector</source>
        <translation>Не вдається додати конектор</translation>
    </message>
    <message>
        <source>No connector was added.</source>
        <translation>Конектор не додано.</translation>
    </message>
    <message>
        <source>Connector &quot;%1&quot; added with ID %2.</source>
        <translation>Конектор «%1» додано з ідентифікатором %2.</translation>
    </message>
    <message>
        <source>Cannot edit the connector</source>
        <translation>Не вдається змінити конектор</translation>
    </message>
    <message>
        <source>The connector was not changed.</source>
        <translation>Конектор не змінено.</translation>
    </message>
    <message>
        <source>Connector &quot;%1&quot; saved.</source>
        <translation>Конектор «%1» збережено.</translation>
    </message>
    <message>
        <source>Cannot activate the connector</source>
        <translation>Не вдається активувати конектор</translation>
    </message>
    <message>
        <source>Cannot deactivate the connector</source>
        <translation>Не вдається деактивувати конектор</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Нічого не змінено.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not changed.</source>
        <translation>Конектор «%1» не змінено.</translation>
    </message>
    <message>
        <source>Connector &quot;%1&quot; activated.</source>
        <translation>Конектор «%1» активовано.</translation>
    </message>
    <message>
        <source>Connector &quot;%1&quot; deactivated.</source>
        <translation>Конектор «%1» деактивовано.</translation>
    </message>
    <message>
        <source>Cannot delete the connector</source>
        <translation>Не вдається видалити конектор</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Нічого не видалено.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted.</source>
        <translation>Конектор «%1» не видалено.</translation>
    </message>
    <message>
        <source>Connector &quot;%1&quot; deleted. Edit &gt; Undo restores it with the same ID.</source>
        <translation>Конектор «%1» видалено. Команда Редагування &gt; Скасувати відновить його з тим самим ідентифікатором.</translation>
    </message>
    <message>
        <source>Copied the ID of &quot;%1&quot;: %2</source>
        <translation>Ідентифікатор конектора «%1» скопійовано: %2</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Не вдається скасувати</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be undone; nothing was changed.</source>
        <translation>Не вдалося скасувати %1; нічого не змінено.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Скасовано %1</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Не вдається повторити</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be redone; nothing was changed.</source>
        <translation>Не вдалося повторити %1; нічого не змінено.</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Повторено %1</translation>
    </message>
</context>
<context>
    <name>ConnectorPicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, inactive</source>
        <translation>%1, неактивний</translation>
    </message>
    <message>
        <source>%1 (not in this console)</source>
        <translation>%1 (немає в цій консолі)</translation>
    </message>
    <message>
        <source>Inactive: calls through this connector fail until it is reactivated.</source>
        <translation>Неактивний: виклики через цей конектор завершуються помилкою, доки його не активують знову.</translation>
    </message>
</context>
<context>
    <name>ConnectorSectionView</name>
    <message>
        <source>Active connectors</source>
        <translation>Активні конектори</translation>
    </message>
    <message>
        <source>Inactive connectors</source>
        <translation>Неактивні конектори</translation>
    </message>
    <message>
        <source>Arrow keys move between connectors, Enter opens the details, Space switches Active.</source>
        <translation>Клавіші зі стрілками — перехід між конекторами, Enter — подробиці, Пробіл — перемикач «Активний».</translation>
    </message>
    <message>
        <source>&amp;Active connectors (%1)</source>
        <translation>&amp;Активні конектори (%1)</translation>
    </message>
    <message>
        <source>&amp;Inactive connectors (%1)</source>
        <translation>&amp;Неактивні конектори (%1)</translation>
    </message>
    <message>
        <source>No active connector matches &quot;%1&quot;.</source>
        <translation>Немає активних конекторів, що відповідають запиту «%1».</translation>
    </message>
    <message>
        <source>No inactive connector matches &quot;%1&quot;.</source>
        <translation>Немає неактивних конекторів, що відповідають запиту «%1».</translation>
    </message>
    <message>
        <source>No active connectors. A connector you add is active at once.</source>
        <translation>Немає активних конекторів. Доданий конектор одразу стає активним.</translation>
    </message>
    <message>
        <source>No inactive connectors. Switch a connector&apos;s Active switch off to deactivate it.</source>
        <translation>Немає неактивних конекторів. Щоб деактивувати конектор, вимкніть його перемикач «Активний».</translation>
    </message>
</context>
<context>
    <name>ConnectorTransfer</name>
    <message>
        <source>Connector exports (*.json);;All files (*)</source>
        <translation>Експорт конекторів (*.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Export connectors</source>
        <translation>Експорт конекторів</translation>
    </message>
    <message>
        <source>The connectors were not exported.</source>
        <translation>Конектори не експортовано.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Не вдалося записати файл %1.</translation>
    </message>
    <message>
        <source>Import connectors</source>
        <translation>Імпорт конекторів</translation>
    </message>
    <message>
        <source>The file %1 could not be read.</source>
        <translation>Не вдалося прочитати файл %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: fix these problems and try again.</source>
        <translation>З файлу %1 нічого не імпортовано: виправте ці проблеми й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 і %2</translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s)</source>
        <translation>
            <numerusform>%n конектор</numerusform>
            <numerusform>%n конектори</numerusform>
            <numerusform>%n конекторів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n потік</numerusform>
            <numerusform>%n потоки</numerusform>
            <numerusform>%n потоків</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Експортовано %1 у файл %2.</translation>
    </message>
    <message>
        <source>Import %1 from %2?</source>
        <translation>Імпортувати %1 з файлу %2?</translation>
    </message>
    <message>
        <source>Connectors keep their IDs, state and authorisation records; a flow replaces the flow of the same name. Each import is recorded in the history.</source>
        <translation>Конектори зберігають свої ідентифікатори, стан і записи про авторизацію; потік замінює потік із такою самою назвою. Кожен імпорт записується в історію.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Імпортовано %1.</translation>
    </message>
</context>
<context>
    <name>ConnectorsPage</name>
    <message>
        <source>Select a connector first.</source>
        <translation>Спочатку виберіть конектор.</translation>
    </message>
    <message>
        <source>Edit the name and access of &quot;%1&quot;</source>
        <translation>Змінити назву й доступ конектора «%1»</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Видалити «%1»</translation>
    </message>
    <message>
        <source>Copy the ID %1</source>
        <translation>Копіювати ідентифікатор %1</translation>
    </message>
    <message>
        <source>Edit and Delete are available only while the connector is inactive: switch Active off and confirm Deactivate first.</source>
        <translation>Редагувати й видаляти можна лише неактивний конектор: спершу вимкніть перемикач «Активний» і підтвердьте дію кнопкою «Деактивувати».</translation>
    </message>
    <message>
        <source>Read-only access</source>
        <translation>Доступ лише для читання</translation>
    </message>
    <message>
        <source>Open the Connectors tab first.</source>
        <translation>Спершу відкрийте вкладку «Конектори».</translation>
    </message>
    <message>
        <source>Read-only: %1 You can look at connectors, their IDs and their history. To make changes, act as an administrator with read/write access (File &gt; Act as...).</source>
        <translation>Лише читання: %1 Ви можете переглядати конектори, їхні ідентифікатори та історію. Щоб вносити зміни, дійте від імені адміністратора з доступом для читання/запису (Файл &gt; Діяти від імені...).</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити %1</translation>
    </message>
    <message>
        <source>&amp;Find connectors</source>
        <translation>&amp;Знайти конектори</translation>
    </message>
    <message>
        <source>&amp;Copy connector ID</source>
        <translation>&amp;Копіювати ідентифікатор конектора</translation>
    </message>
    <message>
        <source>&amp;Add connector...</source>
        <translation>&amp;Додати конектор...</translation>
    </message>
    <message>
        <source>&amp;Edit connector...</source>
        <translation>&amp;Редагувати конектор...</translation>
    </message>
    <message>
        <source>Switch Ac&amp;tive...</source>
        <translation>Перемкнути «Ак&amp;тивний»...</translation>
    </message>
    <message>
        <source>Deac&amp;tivate connector...</source>
        <translation>Деак&amp;тивувати конектор...</translation>
    </message>
    <message>
        <source>Ac&amp;tivate connector...</source>
        <translation>Ак&amp;тивувати конектор...</translation>
    </message>
    <message>
        <source>&amp;Delete connector...</source>
        <translation>&amp;Видалити конектор...</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;Help contents</source>
        <translation>&amp;Зміст довідки</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Про програму</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;Англійська</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Connector</source>
        <translation>&amp;Конектор</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>E&amp;dit connector</source>
        <translation>Реда&amp;гувати конектор</translation>
    </message>
    <message>
        <source>&amp;Next connector</source>
        <translation>&amp;Наступний конектор</translation>
    </message>
    <message>
        <source>&amp;Previous connector</source>
        <translation>&amp;Попередній конектор</translation>
    </message>
    <message>
        <source>&amp;Switch language</source>
        <translation>&amp;Змінити мову</translation>
    </message>
    <message>
        <source>Switches the window between English and Ukrainian</source>
        <translation>Перемикає вікно між англійською та українською</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Комбінації клавіш</translation>
    </message>
    <message>
        <source>&amp;Export connectors...</source>
        <translation>&amp;Експортувати конектори...</translation>
    </message>
    <message>
        <source>I&amp;mport connectors...</source>
        <translation>&amp;Імпортувати конектори...</translation>
    </message>
    <message>
        <source>Import &amp;flows...</source>
        <translation>Імпортувати &amp;потоки...</translation>
    </message>
    <message>
        <source>E&amp;xport flow...</source>
        <translation>Експортувати п&amp;отік...</translation>
    </message>
    <message>
        <source>&amp;Edit activity...</source>
        <translation>&amp;Редагувати дію...</translation>
    </message>
    <message>
        <source>&amp;Delete flow...</source>
        <translation>&amp;Видалити потік...</translation>
    </message>
    <message>
        <source>Test request &amp;settings...</source>
        <translation>&amp;Налаштування тестових запитів...</translation>
    </message>
    <message>
        <source>The API region and your access token for Send test request</source>
        <translation>Регіон API та ваш токен доступу для надсилання тестових запитів</translation>
    </message>
    <message>
        <source>&amp;Connectors tab</source>
        <translation>Вкладка «&amp;Конектори»</translation>
    </message>
    <message>
        <source>&amp;Flows tab</source>
        <translation>Вкладка «П&amp;отоки»</translation>
    </message>
    <message>
        <source>Flo&amp;w</source>
        <translation>Поток&amp;и</translation>
    </message>
    <message>
        <source>&amp;Act as...</source>
        <translation>&amp;Діяти від імені...</translation>
    </message>
</context>
<context>
    <name>CoreError</name>
    <message>
        <source>Name: enter a name for the connector.</source>
        <translation>Назва: введіть назву конектора.</translation>
    </message>
    <message numerus="yes">
        <source>Name: use at most %n characters (this name has %1).</source>
        <translation>
            <numerusform>Назва: можна використати щонайбільше %n символ (у цій назві їх %1).</numerusform>
            <numerusform>Назва: можна використати щонайбільше %n символи (у цій назві їх %1).</numerusform>
            <numerusform>Назва: можна використати щонайбільше %n символів (у цій назві їх %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Name: remove the control characters (line breaks, tabs or invisible direction marks); they are not allowed in a connector name.</source>
        <translation>Назва: видаліть керувальні символи (розриви рядків, табуляції чи невидимі позначки напрямку тексту); у назві конектора вони заборонені.</translation>
    </message>
    <message>
        <source>Name: the organisation already has a connector called &quot;%1&quot; (ID %2). Connector names must be unique, ignoring case.</source>
        <translation>Назва: в організації вже є конектор «%1» (ідентифікатор %2). Назви конекторів мають бути унікальними без урахування регістру.</translation>
    </message>
    <message>
        <source>Authorisation: tick &quot;I authorize&quot; to let this connector read, write, modify and delete data in the Contact Center solution; without it the connector cannot be added.</source>
        <translation>Авторизація: установіть прапорець «Я авторизую», щоб дозволити цьому конектору зчитувати, записувати, змінювати та видаляти дані в рішенні Contact Center; без цього конектор не можна додати.</translation>
    </message>
    <message>
        <source>The connector &quot;%1&quot; is active. Deactivate it before editing its settings.</source>
        <translation>Конектор «%1» активний. Деактивуйте його, перш ніж змінювати налаштування.</translation>
    </message>
    <message>
        <source>The connector &quot;%1&quot; is active. Only an inactive connector can be deleted: deactivate it first.</source>
        <translation>Конектор «%1» активний. Видалити можна лише неактивний конектор, тож спершу деактивуйте його.</translation>
    </message>
    <message>
        <source>Connector ID: the ID %1 was generated when the connector was created and can never be changed.</source>
        <translation>Ідентифікатор конектора: %1 створено разом із конектором, і змінити його не можна.</translation>
    </message>
    <message>
        <source>The connector &quot;%1&quot; is already active.</source>
        <translation>Конектор «%1» уже активний.</translation>
    </message>
    <message>
        <source>The connector &quot;%1&quot; is already inactive.</source>
        <translation>Конектор «%1» уже неактивний.</translation>
    </message>
    <message>
        <source>There is no connector with the ID %1. It may have been deleted.</source>
        <translation>Конектора з ідентифікатором %1 немає. Можливо, його видалено.</translation>
    </message>
    <message>
        <source>The connector &quot;%1&quot; was changed by %2 at %3 after you opened it. Reload it and make your change again.</source>
        <translation>Після того як ви відкрили конектор «%1», його змінив користувач %2 (%3). Завантажте конектор знову й повторіть свої зміни.</translation>
    </message>
    <message>
        <source>Your role, %1, has no access to connectors.</source>
        <translation>Ваша роль «%1» не має доступу до конекторів.</translation>
    </message>
    <message>
        <source>Your role, %1, has read-only access to connectors: it cannot create, edit, deactivate, activate or delete them.</source>
        <translation>Ваша роль «%1» має доступ до конекторів лише для читання: з нею не можна створювати, редагувати, деактивувати, активувати чи видаляти конектори.</translation>
    </message>
    <message>
        <source>Your role, %1, cannot manage administrator accounts; a full administrator can.</source>
        <translation>Ваша роль «%1» не дає змоги керувати обліковими записами адміністраторів; це може робити адміністратор із повними правами.</translation>
    </message>
    <message>
        <source>There is no administrator account &quot;%1&quot; in this organisation.</source>
        <translation>У цій організації немає облікового запису адміністратора «%1».</translation>
    </message>
    <message>
        <source>Email: &quot;%1&quot; is not a valid email address.</source>
        <translation>Ел. пошта: «%1» — недійсна адреса електронної пошти.</translation>
    </message>
    <message>
        <source>Email: the administrator account &quot;%1&quot; already exists.</source>
        <translation>Ел. пошта: обліковий запис адміністратора «%1» уже існує.</translation>
    </message>
    <message>
        <source>Display name: use 1 to 80 characters without control characters.</source>
        <translation>Відображуване ім&apos;я: використайте від 1 до 80 символів, без керувальних символів.</translation>
    </message>
    <message>
        <source>The database path &quot;%1&quot; is not valid.</source>
        <translation>Шлях до бази даних «%1» недійсний.</translation>
    </message>
    <message>
        <source>The file %1 is not a connectors database (it is not an SQLite file). It was left untouched; choose another file with --database.</source>
        <translation>Файл %1 не є базою даних конекторів (це не файл SQLite). Файл залишено без змін; виберіть інший файл за допомогою --database.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read (%2). It was left untouched; restore it from a backup or choose another file.</source>
        <translation>База даних %1 пошкоджена, і її не вдається прочитати (%2). Файл залишено без змін; відновіть його з резервної копії або виберіть інший файл.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of this console (schema version %2; this version understands up to %3). It was left untouched; update the console to open it.</source>
        <translation>Базу даних %1 записала новіша версія цієї консолі (версія схеми %2; ця версія підтримує схеми до версії %3). Файл залишено без змін; щоб відкрити його, оновіть консоль.</translation>
    </message>
    <message>
        <source>The database %1 cannot be created or written (%2). Check that the folder exists and that you may write to it, or choose another file.</source>
        <translation>Не вдається створити базу даних %1 або записати в неї (%2). Переконайтеся, що папка існує і ви маєте право записувати в неї, або виберіть інший файл.</translation>
    </message>
    <message>
        <source>The database %1 is open read-only, so nothing can be changed. Make the file writable and open it again.</source>
        <translation>Базу даних %1 відкрито лише для читання, тому нічого змінити не можна. Дозвольте запис у файл і відкрийте його знову.</translation>
    </message>
    <message>
        <source>The database %1 is busy with another program&apos;s change. Try again in a moment.</source>
        <translation>База даних %1 зайнята: її саме змінює інша програма. Спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>База даних повідомила про помилку: %1</translation>
    </message>
    <message>
        <source>Your role, %1, cannot set up connectors. Only these roles can: %2; %3; %4.</source>
        <translation>Ваша роль «%1» не дає змоги налаштовувати конектори. Це можуть робити лише такі ролі: %2; %3; %4.</translation>
    </message>
    <message>
        <source>Connectors can only be set up in an organisation on FLEX3 licences; this organisation&apos;s licence is %1.</source>
        <translation>Конектори можна налаштувати лише в організації з ліцензіями FLEX3; ліцензія цієї організації: %1.</translation>
    </message>
    <message>
        <source>This organisation has no administrator accounts.</source>
        <translation>У цій організації немає облікових записів адміністраторів.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1 (%2). Check the address, the user name and password, and that the server is running.</source>
        <translation>Не вдається підключитися до сервера бази даних %1 (%2). Перевірте адресу, ім&apos;я користувача й пароль, а також чи працює сервер.</translation>
    </message>
    <message>
        <source>There is no flow &quot;%1&quot;. It may have been deleted.</source>
        <translation>Потоку «%1» немає. Можливо, його видалено.</translation>
    </message>
    <message>
        <source>%1 is not a Flow Designer flow export: %2</source>
        <translation>%1 не є експортом потоку з Flow Designer: %2</translation>
    </message>
    <message>
        <source>%1 and %2 both hold a flow called &quot;%3&quot;; import one of them at a time.</source>
        <translation>І %1, і %2 містять потік «%3»; імпортуйте їх по одному.</translation>
    </message>
    <message>
        <source>The flow &quot;%1&quot; was changed by %2 at %3 after you opened it. Reload it and make your change again.</source>
        <translation>Потік «%1» змінив %2 о %3 після того, як ви його відкрили. Перезавантажте його та внесіть зміну ще раз.</translation>
    </message>
    <message>
        <source>Your role, %1, has read-only access: it cannot import, edit or delete flows.</source>
        <translation>Ваша роль, %1, має доступ лише для читання: вона не може імпортувати, редагувати чи видаляти потоки.</translation>
    </message>
    <message>
        <source>The flow &quot;%1&quot; has no HTTP Request activity &quot;%2&quot;.</source>
        <translation>У потоці «%1» немає дії «HTTP-запит» «%2».</translation>
    </message>
    <message>
        <source>Connector: choose the connector this authenticated request goes through.</source>
        <translation>Конектор: виберіть конектор, через який іде цей автентифікований запит.</translation>
    </message>
    <message>
        <source>Connector: there is no connector with the ID %1; it may have been deleted. Choose another connector.</source>
        <translation>Конектор: конектора з ідентифікатором %1 немає; можливо, його видалено. Виберіть інший конектор.</translation>
    </message>
    <message>
        <source>Request URL: &quot;%1&quot; is not a complete http or https address.</source>
        <translation>URL-адреса запиту: «%1» не є повною адресою http або https.</translation>
    </message>
    <message>
        <source>Method: &quot;%1&quot; is not one of GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD.</source>
        <translation>Метод: «%1» не є одним із GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD.</translation>
    </message>
    <message>
        <source>Method: the connector &quot;%2&quot; has read-only access, which allows GET only; %1 needs a connector with read-write access.</source>
        <translation>Метод: конектор «%2» має доступ лише для читання, який дозволяє тільки GET; для %1 потрібен конектор із доступом для читання й запису.</translation>
    </message>
    <message>
        <source>Output variable: &quot;%1&quot; is not a valid variable name. Start with a letter or &quot;_&quot; and use only letters, digits and &quot;_&quot;.</source>
        <translation>Вихідна змінна: «%1» не є допустимою назвою змінної. Почніть із літери або «_» і використовуйте лише літери, цифри та «_».</translation>
    </message>
    <message>
        <source>Output variable: &quot;%1&quot; is used more than once in this activity; each output variable must be unique.</source>
        <translation>Вихідна змінна: «%1» використано в цій дії більше одного разу; кожна вихідна змінна має бути унікальною.</translation>
    </message>
    <message>
        <source>JSON Path for &quot;%1&quot;: %2 (at character %3).</source>
        <translation>JSON Path для «%1»: %2 (символ %3).</translation>
    </message>
    <message>
        <source>Response timeout: %1 ms is outside the allowed range of %2 to %3 ms.</source>
        <translation>Час очікування відповіді: %1 мс поза допустимим діапазоном від %2 до %3 мс.</translation>
    </message>
    <message>
        <source>Retry attempts: %1 is outside the allowed range of %2 to %3.</source>
        <translation>Кількість повторних спроб: %1 поза допустимим діапазоном від %2 до %3.</translation>
    </message>
    <message>
        <source>API base URL: &quot;%1&quot; is not a valid address, e.g. https://api.wxcc-us1.cisco.com.</source>
        <translation>Базова URL-адреса API: «%1» не є коректною адресою, наприклад https://api.wxcc-us1.cisco.com.</translation>
    </message>
    <message>
        <source>API base URL: &quot;%1&quot; must use https; plain http is allowed only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Базова URL-адреса API: «%1» має використовувати https; звичайний http дозволено лише для цього комп’ютера (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>Connector: &quot;%1&quot; is inactive, so flows cannot call it. Activate it to send a test request.</source>
        <translation>Конектор: «%1» неактивний, тому потоки не можуть його викликати. Активуйте його, щоб надіслати тестовий запит.</translation>
    </message>
    <message>
        <source>The flow &quot;%1&quot; (ID %2) cannot be renamed to &quot;%3&quot;: the flow &quot;%4&quot; (ID %5) already has that name. Flow names must be unique, ignoring case.</source>
        <translation>Потік «%1» (ідентифікатор %2) не можна перейменувати на «%3»: таку назву вже має потік «%4» (ідентифікатор %5). Назви потоків мають бути унікальними без урахування регістру.</translation>
    </message>
    <message>
        <source>Method: your role, %1, has read-only access, so a test request may only use GET, HEAD or OPTIONS, not %2.</source>
        <translation>Метод: ваша роль, %1, має доступ лише для читання, тож тестовий запит може використовувати лише GET, HEAD або OPTIONS, а не %2.</translation>
    </message>
    <message>
        <source>Request path: &quot;%1&quot; must start with &quot;/&quot; and contain no spaces, control characters or #, e.g. /organization/{orgId}/v2/team.</source>
        <translation>Шлях запиту: «%1» має починатися з «/» і не містити пробілів, керувальних символів чи #, наприклад /organization/{orgId}/v2/team.</translation>
    </message>
    <message>
        <source>Request URL: &quot;%1&quot; must use https for a test request; plain http is allowed only for this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>URL-адреса запиту: «%1» має використовувати https для тестового запиту; звичайний http дозволено лише для цього комп’ютера (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The database %1 belongs to another application, not to this console (it holds: %2). It was left untouched; choose another file or database with --database.</source>
        <translation>База даних %1 належить іншій програмі, а не цій консолі (у ній: %2). Її залишено без змін; виберіть інший файл або базу даних за допомогою --database.</translation>
    </message>
    <message>
        <source>%1 is the database&apos;s own file %2: writing it would destroy the database. Choose another file.</source>
        <translation>%1 — це власний файл бази даних %2: запис у нього знищив би базу даних. Виберіть інший файл.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it was not read (a device, folder or pipe may never end). Give a regular file.</source>
        <translation>%1 не є звичайним файлом, тому його не прочитано (пристрій, тека чи канал можуть ніколи не закінчитися). Укажіть звичайний файл.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the most the console reads for this kind of file.</source>
        <translation>%1 більший за %2 МіБ — найбільший розмір, який консоль читає для файлів такого типу.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>Name: the name shows nothing (it has only spaces or invisible characters); use at least one visible letter, digit or symbol.</source>
        <translation>Назва: назва нічого не показує (у ній лише пробіли або невидимі символи); використайте принаймні одну видиму літеру, цифру чи інший знак.</translation>
    </message>
    <message>
        <source>%1: the text is not valid UTF-8 (the bytes at %2 do not form a character); save it as UTF-8 and try again.</source>
        <translation>%1: текст не є коректним UTF-8 (байти на позиції %2 не утворюють символу); збережіть його в кодуванні UTF-8 і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Response timeout: %1 is not a whole number of milliseconds; use a whole number from %2 to %3.</source>
        <translation>Час очікування відповіді: %1 — не ціле число мілісекунд; укажіть ціле число від %2 до %3.</translation>
    </message>
    <message>
        <source>Retry attempts: %1 is not a whole number; use a whole number from %2 to %3.</source>
        <translation>Кількість повторних спроб: %1 — не ціле число; укажіть ціле число від %2 до %3.</translation>
    </message>
    <message>
        <source>Login: &quot;%1&quot; is already bound to the administrator account %2.</source>
        <translation>Вхід: «%1» уже прив’язано до облікового запису адміністратора %2.</translation>
    </message>
    <message>
        <source>Your role, %1, cannot grant the role %2: it has rights your role lacks (nobody grants more than their own rights).</source>
        <translation>Ваша роль, %1, не може надати роль %2: вона має права, яких немає у вашої ролі (ніхто не надає більше прав, ніж має сам).</translation>
    </message>
    <message>
        <source>The operating-system user &quot;%1&quot; is bound to no administrator account of this database. A full administrator can bind it: connectorctl admins add EMAIL --role ROLE --login %1</source>
        <translation>Користувача операційної системи «%1» не прив’язано до жодного облікового запису адміністратора цієї бази даних. Адміністратор із повними правами може його прив’язати: connectorctl admins add EMAIL --role ROLE --login %1</translation>
    </message>
    <message>
        <source>The database login &quot;%1&quot; is bound to no administrator account of this organisation. A full administrator can bind it: connectorctl admins add EMAIL --role ROLE --login %1</source>
        <translation>Вхід бази даних «%1» не прив’язано до жодного облікового запису адміністратора цієї організації. Адміністратор із повними правами може його прив’язати: connectorctl admins add EMAIL --role ROLE --login %1</translation>
    </message>
    <message>
        <source>Only a full administrator may act as another account: you are %1, so you cannot act as %2.</source>
        <translation>Діяти від імені іншого облікового запису може лише адміністратор із повними правами: ви — %1, тому не можете діяти від імені %2.</translation>
    </message>
    <message>
        <source>The database server refused the change: %1</source>
        <translation>Сервер бази даних відхилив зміну: %1</translation>
    </message>
    <message>
        <source>Login: the administrator account %1 is already bound to the login &quot;%2&quot;; only a full administrator may bind it to another login.</source>
        <translation>Вхід: обліковий запис адміністратора %1 уже прив’язано до входу «%2»; прив’язати його до іншого входу може лише повний адміністратор.</translation>
    </message>
    <message>
        <source>Login: a login cannot hold control, direction-changing or invisible characters.</source>
        <translation>Вхід: ім’я для входу не може містити керувальних, невидимих символів або символів зміни напрямку тексту.</translation>
    </message>
    <message>
        <source>The database location &quot;%1&quot; cannot be used: %2.</source>
        <translation>Розташування бази даних «%1» не можна використати: %2.</translation>
    </message>
    <message>
        <source>Access level: choose read-only access, read-write access or both.</source>
        <translation>Рівень доступу: виберіть доступ лише для читання, доступ для читання-запису або обидва.</translation>
    </message>
    <message>
        <source>Access token: enter your access token in Flow &gt; Test request settings first.</source>
        <translation>Токен доступу: спершу введіть свій токен доступу в меню «Потоки &gt; Налаштування тестових запитів».</translation>
    </message>
    <message>
        <source>Connector inactive: calls fail here. The connector &quot;%1&quot; is inactive, so this request cannot go through it; reactivate it or choose another connector.</source>
        <translation>Конектор неактивний: тут виклики завершаться помилкою. Конектор «%1» неактивний, тому цей запит не може пройти через нього; активуйте його знову або виберіть інший конектор.</translation>
    </message>
    <message>
        <source>The flow &quot;%1&quot; (ID %2) cannot become the %3 of Flow Designer flow %4: the flow &quot;%5&quot; (ID %6) already is. Delete one of them first.</source>
        <translation>Потік «%1» (ID %2) не може стати версією «%3» потоку Flow Designer %4: нею вже є потік «%5» (ID %6). Спершу видаліть один із них.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported, so nothing was imported:</source>
        <translation>
            <numerusform>%n файл не можна імпортувати, тому нічого не імпортовано:</numerusform>
            <numerusform>%n файли не можна імпортувати, тому нічого не імпортовано:</numerusform>
            <numerusform>%n файлів не можна імпортувати, тому нічого не імпортовано:</numerusform>
        </translation>
    </message>
    <message>
        <source>- %1</source>
        <comment>one bad file of an import</comment>
        <translation>- %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <comment>bad files not listed</comment>
        <translation>
            <numerusform>…і ще %n.</numerusform>
            <numerusform>…і ще %n.</numerusform>
            <numerusform>…і ще %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateConnectorCommand</name>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>додавання «%1»</translation>
    </message>
</context>
<context>
    <name>CtlApplication</name>
    <message>
        <source>Unknown language &apos;%1&apos;: use uk or en.</source>
        <translation>Невідома мова «%1»: використовуйте uk або en.</translation>
    </message>
    <message>
        <source>Name a command, for example &apos;connectorctl list&apos;.</source>
        <translation>Укажіть команду, наприклад «connectorctl list».</translation>
    </message>
    <message>
        <source>connectorctl: %1</source>
        <translation>connectorctl: %1</translation>
    </message>
    <message>
        <source>--%1 needs a value; leave the option out to use the default.</source>
        <translation>--%1 потребує значення; щоб використати типове, не вказуйте цей параметр.</translation>
    </message>
    <message>
        <source>--%1 needs a value, but &apos;%2&apos; looks like an option; for a file of that name write ./%2.</source>
        <translation>Параметр --%1 потребує значення, але «%2» схоже на параметр; для файлу з такою назвою напишіть ./%2.</translation>
    </message>
</context>
<context>
    <name>CtlContext</name>
    <message>
        <source>connectorctl: %1 [%2]</source>
        <translation>connectorctl: %1 [%2]</translation>
    </message>
    <message>
        <source>connectorctl: %1</source>
        <translation>connectorctl: %1</translation>
    </message>
    <message>
        <source>Run &apos;connectorctl --help&apos; for the commands and options.</source>
        <translation>Щоб переглянути команди й параметри, виконайте «connectorctl --help».</translation>
    </message>
</context>
<context>
    <name>CtlFormatter</name>
    <message>
        <source>No connectors yet. Add one with: connectorctl add --name NAME --access read-only --authorize</source>
        <translation>Конекторів ще немає. Щоб додати конектор, виконайте: connectorctl add --name NAME --access read-only --authorize</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивний</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СТАН</translation>
    </message>
    <message>
        <source>ACCESS</source>
        <translation>ДОСТУП</translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s)</source>
        <translation>
            <numerusform>%n конектор</numerusform>
            <numerusform>%n конектори</numerusform>
            <numerusform>%n конекторів</numerusform>
        </translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Connector ID:</source>
        <translation>Ідентифікатор конектора:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Стан:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Доступ:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Області:</translation>
    </message>
    <message>
        <source>HTTP methods:</source>
        <translation>Методи HTTP:</translation>
    </message>
    <message>
        <source>Authorised by:</source>
        <translation>Авторизовано:</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Створено:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Остання зміна:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Версія:</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>Історія змін поки порожня.</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>КОЛИ</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>ХТО</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ДІЯ</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>ЩО</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>ЕЛ. ПОШТА</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>connector name column</comment>
        <translation>НАЗВА</translation>
    </message>
    <message>
        <source>name</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>access</source>
        <translation>доступ</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>області</translation>
    </message>
    <message>
        <source>state</source>
        <translation>стан</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>person&apos;s name column</comment>
        <translation>ІМ&apos;Я</translation>
    </message>
    <message>
        <source>main flow</source>
        <translation>основний потік</translation>
    </message>
    <message>
        <source>event flow %1</source>
        <translation>потік подій %1</translation>
    </message>
    <message>
        <source>No flows yet. Import a Flow Designer export with: connectorctl flows import FILE</source>
        <translation>Потоків ще немає. Щоб імпортувати експорт Flow Designer, виконайте: connectorctl flows import FILE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>ACTIVITIES</source>
        <translation>ДІЇ</translation>
    </message>
    <message>
        <source>FLAGGED</source>
        <translation>ПОЗНАЧЕНО</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>flow name column</comment>
        <translation>НАЗВА</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n потік</numerusform>
            <numerusform>%n потоки</numerusform>
            <numerusform>%n потоків</numerusform>
        </translation>
    </message>
    <message>
        <source>none (unauthenticated request to a full URL)</source>
        <translation>немає (неавтентифікований запит на повну URL-адресу)</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>не вибрано</translation>
    </message>
    <message>
        <source>%1 (missing: no such connector)</source>
        <translation>%1 (відсутній: такого конектора немає)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Flow ID:</source>
        <translation>ID потоку:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Опис:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Імпортовано:</translation>
    </message>
    <message>
        <source>HTTP Request activities:</source>
        <translation>Дії «HTTP-запит»:</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Connector:</source>
        <translation>Конектор:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Метод:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Шлях:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL-адреса:</translation>
    </message>
    <message>
        <source>Output variables:</source>
        <translation>Вихідні змінні:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Проблема:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (node %2, %3)</source>
        <translation>«%1» (вузол %2, %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the %2 of &quot;%3&quot;: %4</source>
        <translation>«%1» у потоці «%3» (%2): %4</translation>
    </message>
    <message>
        <source>FLOW ID</source>
        <translation>ID ПОТОКУ</translation>
    </message>
    <message>
        <source>PART</source>
        <translation>ЧАСТИНА</translation>
    </message>
    <message>
        <source>ACTIVITY</source>
        <translation>ДІЯ</translation>
    </message>
    <message>
        <source>FLOW</source>
        <translation>ПОТІК</translation>
    </message>
    <message>
        <source>%1 (inactive: calls fail here)</source>
        <translation>%1 (неактивний: тут виклики завершаться помилкою)</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>ВЕРСІЯ</translation>
    </message>
    <message>
        <source>%1 (subflow)</source>
        <translation>%1 (підпотік)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версія:</translation>
    </message>
    <message>
        <source>not known (the file names no Flow Designer version)</source>
        <translation>невідома (файл не називає версії Flow Designer)</translation>
    </message>
    <message>
        <source>Flow Designer ID:</source>
        <translation>ID у Flow Designer:</translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation>Востаннє змінено:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>subflow</source>
        <translation>підпотік</translation>
    </message>
    <message>
        <source>flow</source>
        <comment>kind of flow</comment>
        <translation>потік</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>flow label — what its use means for calls</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>FLOWID</source>
        <comment>Flow Designer&apos;s flowId column</comment>
        <translation>FLOWID</translation>
    </message>
</context>
<context>
    <name>CtlHelp</name>
    <message>
        <source>Usage: %1</source>
        <translation>Використання: %1</translation>
    </message>
    <message>
        <source>Manage Webex Contact Center connectors from the command line.</source>
        <translation>Керування конекторами Webex Contact Center з командного рядка.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команди:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметри:</translation>
    </message>
    <message>
        <source>Global options go before the command; &apos;--&apos; ends the options, so a value that starts
with &apos;-&apos; can follow it (connectorctl flows show -- -name-). FILE &apos;-&apos; is standard
input for import and jsonpath.

Exit codes: 0 success, 1 refused by a rule or role, 2 usage error (also an invalid JSON Path, or an input file that is not a regular file or is too large), 3 a definite JSON Path matched nothing, 4 database error or an output that could not be written.
</source>
        <translation>Глобальні параметри вказуйте перед командою; &apos;--&apos; завершує параметри, тож після нього може
стояти значення, що починається з &apos;-&apos; (connectorctl flows show -- -name-). FILE &apos;-&apos; — це
стандартний ввід для import і jsonpath.

Коди завершення: 0 — успіх, 1 — відмова через правило або роль, 2 — помилка використання (зокрема хибний вираз JSON Path або вхідний файл, що не є звичайним файлом чи завеликий), 3 — визначений вираз JSON Path нічого не знайшов, 4 — помилка бази даних або вивід, який не вдалося записати.
</translation>
    </message>
    <message>
        <source>Run &apos;connectorctl --help&apos; for the global options and the other commands.</source>
        <translation>Щоб переглянути глобальні параметри й інші команди, виконайте «connectorctl --help».</translation>
    </message>
    <message>
        <source>ID is a connector ID or its first 8 or more characters. FLOW is a flow ID, its
first 8 or more characters, Flow Designer&apos;s flowId (its Live version unless
--slot latest says otherwise), or a name only one flow has.
Roles: %1.</source>
        <translation>ID — ідентифікатор конектора або щонайменше 8 його перших символів. FLOW — ідентифікатор
потоку, щонайменше 8 його перших символів, flowId Flow Designer (його версія Live, якщо
--slot latest не каже іншого) або назва, яку має лише один потік.
Ролі: %1.</translation>
    </message>
</context>
<context>
    <name>CtlRegistry</name>
    <message>
        <source>The connector&apos;s name.</source>
        <translation>Назва конектора.</translation>
    </message>
    <message>
        <source>read-only or read-write; repeat it for both.</source>
        <translation>read-only або read-write; щоб надати обидва рівні, укажіть параметр двічі.</translation>
    </message>
    <message>
        <source>The operating-system user (SQLite file) or database login (PostgreSQL) of the account&apos;s person.</source>
        <translation>Користувач операційної системи (файл SQLite) або вхід бази даних (PostgreSQL) власника облікового запису.</translation>
    </message>
    <message>
        <source>Use this database (default: %1).</source>
        <translation>Використовувати цю базу даних (типово: %1).</translation>
    </message>
    <message>
        <source>Act as this administrator (full administrators only; default: the account bound to you).</source>
        <translation>Діяти від імені цього адміністратора (лише для адміністраторів із повними правами; типово: обліковий запис, прив’язаний до вас).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Виводити JSON для машинної обробки.</translation>
    </message>
    <message>
        <source>Language of messages (default: the system&apos;s).</source>
        <translation>Мова повідомлень (типово: мова системи).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показати цю довідку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показати версію.</translation>
    </message>
    <message>
        <source>List the connectors.</source>
        <translation>Показати список конекторів.</translation>
    </message>
    <message>
        <source>Show one connector.</source>
        <translation>Показати один конектор.</translation>
    </message>
    <message>
        <source>Add a connector; LEVEL is read-only or read-write (repeat --access for both).</source>
        <translation>Додати конектор; LEVEL — read-only або read-write (для обох повторіть --access).</translation>
    </message>
    <message>
        <source>I authorize this connector to read, write, modify and delete data in the Contact Center solution.</source>
        <translation>Я авторизую цей конектор зчитувати, записувати, змінювати та видаляти дані в рішенні Contact Center.</translation>
    </message>
    <message>
        <source>Change an inactive connector.</source>
        <translation>Змінити неактивний конектор.</translation>
    </message>
    <message>
        <source>Not allowed: a connector ID never changes.</source>
        <translation>Не підтримується: ідентифікатор конектора незмінний.</translation>
    </message>
    <message>
        <source>Deactivate a connector.</source>
        <translation>Деактивувати конектор.</translation>
    </message>
    <message>
        <source>Activate a connector.</source>
        <translation>Активувати конектор.</translation>
    </message>
    <message>
        <source>Delete an inactive connector.</source>
        <translation>Видалити неактивний конектор.</translation>
    </message>
    <message>
        <source>Show the audit log, newest first.</source>
        <translation>Показати журнал аудиту, від найновіших записів.</translation>
    </message>
    <message>
        <source>Show at most N entries.</source>
        <translation>Показати щонайбільше N записів.</translation>
    </message>
    <message>
        <source>List administrator accounts.</source>
        <translation>Показати список адміністраторів.</translation>
    </message>
    <message>
        <source>Add an administrator account.</source>
        <translation>Додати обліковий запис адміністратора.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Одне зі значень: %1.</translation>
    </message>
    <message>
        <source>The display name.</source>
        <translation>Відображуване ім&apos;я.</translation>
    </message>
    <message>
        <source>Bind an account to an OS user or database login.</source>
        <translation>Прив’язати обліковий запис до користувача ОС або входу бази даних.</translation>
    </message>
    <message>
        <source>Export the connectors and flows as JSON (to standard output without FILE).</source>
        <translation>Експортувати конектори й потоки в JSON (без FILE — у стандартний вивід).</translation>
    </message>
    <message>
        <source>Import connectors and flows exported as JSON: all of them or, if any is bad, none.</source>
        <translation>Імпортувати конектори й потоки, експортовані в JSON: усі або, якщо хоч один хибний, жоден.</translation>
    </message>
    <message>
        <source>Check the file without importing.</source>
        <translation>Перевірити файл без імпорту.</translation>
    </message>
    <message>
        <source>List the flows, their HTTP Request activities and how many are flagged.</source>
        <translation>Показати список потоків, їхніх дій «HTTP-запит» і скільки з них позначено.</translation>
    </message>
    <message>
        <source>Export a flow as Flow Designer JSON, with the properties the console does not know kept (to standard output without FILE).</source>
        <translation>Експортувати потік у JSON Flow Designer, зберігши властивості, невідомі консолі (без FILE — у стандартний вивід).</translation>
    </message>
    <message>
        <source>List the flows and activities that use a connector.</source>
        <translation>Показати потоки й дії, які використовують конектор.</translation>
    </message>
    <message>
        <source>Add realistic sample data, audited: connectors, flows that use them and administrator accounts of the roles you may grant.</source>
        <translation>Додати реалістичні демонстраційні дані із записом в аудит: конектори, потоки, що їх використовують, і облікові записи адміністраторів із ролями, які ви можете надавати.</translation>
    </message>
    <message>
        <source>How many connectors to add (default 40).</source>
        <translation>Скільки конекторів додати (типово 40).</translation>
    </message>
    <message>
        <source>How many flows using the connectors to add (default: one for every ten connectors).</source>
        <translation>Скільки потоків, що використовують конектори, додати (типово: один на кожні десять конекторів).</translation>
    </message>
    <message>
        <source>Evaluate a JSON Path (Flow Designer&apos;s Jayway dialect) on FILE or standard input.</source>
        <translation>Обчислити вираз JSON Path (діалект Jayway, як у Flow Designer) для FILE або стандартного вводу.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2.</source>
        <translation>Після «%1» потрібна одна з підкоманд: %2.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Невідома команда «%1».</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Можливо, ви мали на увазі %1?</translation>
    </message>
    <message>
        <source>Import Flow Designer flows in either JSON shape: all of them or none; a stored flow with the same flowId and version (Live or latest), or without a flowId the same name, is replaced; activities that break a rule are imported and flagged.</source>
        <translation>Імпортувати потоки Flow Designer у будь-якій із двох форм JSON: усі або жодного; збережений потік із тим самим flowId і версією (Live чи остання), а без flowId — з тією самою назвою, замінюється; дії, що порушують правило, імпортуються з позначкою.</translation>
    </message>
    <message>
        <source>When FLOW is a Flow Designer flowId held in two versions: &quot;live&quot; or &quot;latest&quot; (default: the Live version, and a note says so).</source>
        <translation>Коли FLOW — це flowId Flow Designer, збережений у двох версіях: &quot;live&quot; або &quot;latest&quot; (типово версія Live, про що повідомляє примітка).</translation>
    </message>
    <message>
        <source>Check the files and say what would be imported and replaced, without changing anything.</source>
        <translation>Перевірити файли й повідомити, що було б імпортовано й замінено, нічого не змінюючи.</translation>
    </message>
    <message>
        <source>Show a flow and each HTTP Request activity with its problems.</source>
        <translation>Показати потік і кожну дію «HTTP-запит» з її проблемами.</translation>
    </message>
</context>
<context>
    <name>CtlStream</name>
    <message>
        <source>connectorctl: cannot write to standard output: %1</source>
        <translation>connectorctl: не вдалося записати в стандартний вивід: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>it is a folder</source>
        <translation>це папка</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>не вдається створити папку %1</translation>
    </message>
    <message>
        <source>the PostgreSQL driver (QPSQL) is not installed</source>
        <translation>драйвер PostgreSQL (QPSQL) не встановлено</translation>
    </message>
    <message numerus="yes">
        <source>the file is %n byte(s) long but should be %1; it was cut off</source>
        <translation>
            <numerusform>розмір файлу — %n байт, а має бути %1; файл обрізано</numerusform>
            <numerusform>розмір файлу — %n байти, а має бути %1; файл обрізано</numerusform>
            <numerusform>розмір файлу — %n байтів, а має бути %1; файл обрізано</numerusform>
        </translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файлу не існує</translation>
    </message>
    <message>
        <source>it is a link to %1, which does not exist</source>
        <translation>це посилання на %1, якого не існує</translation>
    </message>
    <message>
        <source>it is a link to the empty file %1; a new database is only created in a file named directly</source>
        <translation>це посилання на порожній файл %1; нова база даних створюється лише у файлі, указаному безпосередньо</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>це не звичайний файл</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папки %1 не існує</translation>
    </message>
    <message>
        <source>SQLite&apos;s check after an unclean shutdown found: %1</source>
        <translation>перевірка SQLite після аварійного завершення роботи виявила: %1</translation>
    </message>
    <message>
        <source>no tables</source>
        <translation>таблиць немає</translation>
    </message>
    <message>
        <source>In %1, &quot;%2&quot; (ID %3) and &quot;%4&quot; (ID %5) now count as the same name; both are kept. Rename one of them.</source>
        <translation>У %1 назви «%2» (ідентифікатор %3) і «%4» (ідентифікатор %5) тепер вважаються однаковими; обидва записи збережено. Перейменуйте один із них.</translation>
    </message>
    <message>
        <source>SQLite reads it as a special name (an in-memory database or a URI), not as a file; name the database file itself, such as ./connectors.sqlite</source>
        <translation>SQLite сприймає його як особливу назву (базу даних у пам&apos;яті або URI), а не як файл; вкажіть сам файл бази даних, наприклад ./connectors.sqlite</translation>
    </message>
    <message>
        <source>the URL parameter &quot;%1&quot; is not supported (supported: %2)</source>
        <translation>параметр URL «%1» не підтримується (підтримуються: %2)</translation>
    </message>
    <message>
        <source>the URL parameter &quot;%1&quot; is given twice</source>
        <translation>параметр URL «%1» вказано двічі</translation>
    </message>
    <message>
        <source>the URL parameter &quot;%1&quot; has an empty value or one holding &apos;;&apos;</source>
        <translation>параметр URL «%1» має порожнє значення або значення з «;»</translation>
    </message>
</context>
<context>
    <name>DeleteConnectorCommand</name>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>видалення «%1»</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>unknown time</source>
        <translation>час невідомий</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивний</translation>
    </message>
</context>
<context>
    <name>EditConnectorCommand</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>редагування «%1»</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>connectorctl: %1 was not imported; nothing was changed. Problems:</source>
        <translation>connectorctl: файл %1 не імпортовано; нічого не змінено. Проблеми:</translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <translation>Експортовано %1 і %2 у файл %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s)</source>
        <translation>
            <numerusform>%n конектор</numerusform>
            <numerusform>%n конектори</numerusform>
            <numerusform>%n конекторів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n потік</numerusform>
            <numerusform>%n потоки</numerusform>
            <numerusform>%n потоків</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 would be imported.</source>
        <translation>Буде імпортовано %1 і %2.</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>Імпортовано %1 і %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a file name, or &apos;-&apos; for standard output.</source>
        <translation>«%1» потребує назви файлу або «-» для стандартного виводу.</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Something on this tab needs correcting.</source>
        <translation>На цій вкладці є що виправити.</translation>
    </message>
    <message>
        <source>%1 (needs correcting)</source>
        <translation>%1 (потрібно виправити)</translation>
    </message>
</context>
<context>
    <name>FlowCommands</name>
    <message numerus="yes">
        <source>replaced &quot;%1&quot; (ID %2), %n HTTP Request activity(ies)</source>
        <translation>
            <numerusform>замінено «%1» (ID %2), %n дія «HTTP-запит»</numerusform>
            <numerusform>замінено «%1» (ID %2), %n дії «HTTP-запит»</numerusform>
            <numerusform>замінено «%1» (ID %2), %n дій «HTTP-запит»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported &quot;%1&quot; (ID %2), %n HTTP Request activity(ies)</source>
        <translation>
            <numerusform>імпортовано «%1» (ID %2), %n дія «HTTP-запит»</numerusform>
            <numerusform>імпортовано «%1» (ID %2), %n дії «HTTP-запит»</numerusform>
            <numerusform>імпортовано «%1» (ID %2), %n дій «HTTP-запит»</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the flow &quot;%1&quot; to %2.</source>
        <translation>Потік «%1» експортовано у файл %2.</translation>
    </message>
    <message>
        <source>The connector &quot;%1&quot; (%2)</source>
        <translation>Конектор «%1» (%2)</translation>
    </message>
    <message>
        <source>%1 is used by no flow.</source>
        <translation>%1 не використовується в жодному потоці.</translation>
    </message>
    <message>
        <source>%1 is used by %2 in %3:</source>
        <translation>%1 використовують %2 у %3:</translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP Request activity(ies)</source>
        <translation>
            <numerusform>%n дія «HTTP-запит»</numerusform>
            <numerusform>%n дії «HTTP-запит»</numerusform>
            <numerusform>%n дій «HTTP-запит»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n потоці</numerusform>
            <numerusform>%n потоках</numerusform>
            <numerusform>%n потоках</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a file name, or &apos;-&apos; for standard output.</source>
        <translation>«%1» потребує назви файлу або «-» для стандартного виводу.</translation>
    </message>
    <message>
        <source>The connector %1 (not in this database)</source>
        <translation>Конектор %1 (немає в цій базі даних)</translation>
    </message>
    <message numerus="yes">
        <source>would replace &quot;%1&quot; (ID %2) with &quot;%3&quot;, %n HTTP Request activity(ies)</source>
        <translation>
            <numerusform>замінив би &quot;%1&quot; (ID %2) на &quot;%3&quot;, %n дія HTTP-запиту</numerusform>
            <numerusform>замінив би &quot;%1&quot; (ID %2) на &quot;%3&quot;, %n дії HTTP-запиту</numerusform>
            <numerusform>замінив би &quot;%1&quot; (ID %2) на &quot;%3&quot;, %n дій HTTP-запиту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>would import &quot;%1&quot; as a new flow, %n HTTP Request activity(ies)</source>
        <translation>
            <numerusform>імпортував би &quot;%1&quot; як новий потік, %n дія HTTP-запиту</numerusform>
            <numerusform>імпортував би &quot;%1&quot; як новий потік, %n дії HTTP-запиту</numerusform>
            <numerusform>імпортував би &quot;%1&quot; як новий потік, %n дій HTTP-запиту</numerusform>
        </translation>
    </message>
    <message>
        <source>would fold in &quot;%1&quot; (ID %2): one row per version object, the Live version and the latest</source>
        <translation>об&apos;єднав би &quot;%1&quot; (ID %2): один рядок на об&apos;єкт версії, версія Live і остання</translation>
    </message>
    <message>
        <source>folded in &quot;%1&quot; (ID %2): one row per version object, the Live version and the latest</source>
        <translation>об&apos;єднано &quot;%1&quot; (ID %2): один рядок на об&apos;єкт версії, версія Live і остання</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed: the import would add %1 and replace %2.</source>
        <translation>Пробний запуск, нічого не змінено: імпорт додав би %1 і замінив би %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new flow(s)</source>
        <translation>
            <numerusform>%n новий потік</numerusform>
            <numerusform>%n нові потоки</numerusform>
            <numerusform>%n нових потоків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored flow(s)</source>
        <translation>
            <numerusform>%n збережений потік</numerusform>
            <numerusform>%n збережені потоки</numerusform>
            <numerusform>%n збережених потоків</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowDesignerFormat</name>
    <message>
        <source>the file is not valid JSON (%1 at byte %2).</source>
        <translation>файл не є коректним JSON (%1, байт %2).</translation>
    </message>
    <message>
        <source>its top level is not a JSON object.</source>
        <translation>його верхній рівень не є об’єктом JSON.</translation>
    </message>
    <message>
        <source>it has no flow &quot;name&quot;.</source>
        <translation>у ньому немає назви потоку (&quot;name&quot;).</translation>
    </message>
    <message>
        <source>the top-level object</source>
        <translation>об’єкті верхнього рівня</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears more than once in %2 (again at byte %3).</source>
        <translation>ключ «%1» трапляється більше одного разу в %2 (повторно на байті %3).</translation>
    </message>
    <message>
        <source>%1 holds half of a surrogate pair (a \uD800-\uDFFF escape without its partner, in the string at byte %2).</source>
        <translation>%1 містить половину сурогатної пари (екранування \uD800–\uDFFF без другої половини в рядку з байта %2).</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>значення</translation>
    </message>
    <message>
        <source>it is neither of Flow Designer&apos;s flow shapes: expected a &quot;process&quot; with an &quot;activities&quot; object (an export from Flow Designer) or a &quot;nodes&quot; list of activities (the authoring shape).</source>
        <translation>він не має жодної з двох форм потоку Flow Designer: очікується &quot;process&quot; з об’єктом &quot;activities&quot; (експорт із Flow Designer) або список дій &quot;nodes&quot; (форма для створення).</translation>
    </message>
    <message>
        <source>its &quot;%1&quot; is not a Flow Designer ID (at most %2 characters, no spaces or control characters).</source>
        <translation>його &quot;%1&quot; не є ідентифікатором Flow Designer (щонайбільше %2 символів, без пробілів і керівних символів).</translation>
    </message>
    <message>
        <source>its &quot;version&quot; is %1, but a Flow Designer version is a whole number from 0 to %2.</source>
        <translation>його &quot;version&quot; — %1, але версія Flow Designer — це ціле число від 0 до %2.</translation>
    </message>
</context>
<context>
    <name>FlowDocument</name>
    <message>
        <source>its &quot;eventFlows&quot; is not an object.</source>
        <translation>його &quot;eventFlows&quot; не є об’єктом.</translation>
    </message>
    <message>
        <source>its &quot;eventFlows.eventsMap&quot; is not an object keyed by event flow ID.</source>
        <translation>його &quot;eventFlows.eventsMap&quot; не є об’єктом, ключі якого — ідентифікатори потоків подій.</translation>
    </message>
    <message>
        <source>an event flow in &quot;eventFlows.eventsMap&quot; has an empty ID.</source>
        <translation>потік подій у &quot;eventFlows.eventsMap&quot; має порожній ідентифікатор.</translation>
    </message>
    <message>
        <source>the event flow &quot;%1&quot; has no &quot;process.activities&quot; object.</source>
        <translation>потік подій &quot;%1&quot; не має об’єкта &quot;process.activities&quot;.</translation>
    </message>
    <message>
        <source>its &quot;eventFlows&quot; is neither an object nor a list.</source>
        <translation>його &quot;eventFlows&quot; не є ні об’єктом, ні списком.</translation>
    </message>
    <message>
        <source>an event flow in &quot;eventFlows&quot; has an empty name.</source>
        <translation>потік подій у &quot;eventFlows&quot; має порожню назву.</translation>
    </message>
</context>
<context>
    <name>FlowOperations</name>
    <message>
        <source>Cannot import flows</source>
        <translation>Не вдається імпортувати потоки</translation>
    </message>
    <message>
        <source>Import flows</source>
        <translation>Імпорт потоків</translation>
    </message>
    <message>
        <source>Flow Designer exports (*.json);;All files (*)</source>
        <translation>Експорти Flow Designer (*.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Could not import flows</source>
        <translation>Не вдалося імпортувати потоки</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>New: %1. Replaced: %2.</source>
        <translation>Нових: %1. Замінених: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP Request activity(s) break a rule and are flagged in the Flows tab with the reason; edit them before the flow runs.</source>
        <translation>
            <numerusform>%n дія «HTTP-запит» порушує правило й позначена на вкладці «Потоки» з причиною; відредагуйте її, перш ніж потік запрацює.</numerusform>
            <numerusform>%n дії «HTTP-запит» порушують правило й позначені на вкладці «Потоки» з причиною; відредагуйте їх, перш ніж потік запрацює.</numerusform>
            <numerusform>%n дій «HTTP-запит» порушують правило й позначені на вкладці «Потоки» з причиною; відредагуйте їх, перш ніж потік запрацює.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flows imported</source>
        <translation>Потоки імпортовано</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n flow(s).</source>
        <translation>
            <numerusform>Імпортовано %n потік.</numerusform>
            <numerusform>Імпортовано %n потоки.</numerusform>
            <numerusform>Імпортовано %n потоків.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the flow</source>
        <translation>Не вдалося експортувати потік</translation>
    </message>
    <message>
        <source>The flow &quot;%1&quot; could not be read from the database.</source>
        <translation>Не вдалося прочитати потік «%1» з бази даних.</translation>
    </message>
    <message>
        <source>Export flow</source>
        <translation>Експорт потоку</translation>
    </message>
    <message>
        <source>Flow Designer exports (*.json)</source>
        <translation>Експорти Flow Designer (*.json)</translation>
    </message>
    <message>
        <source>The flow &quot;%1&quot; could not be written to %2.</source>
        <translation>Не вдалося записати потік «%1» у %2.</translation>
    </message>
    <message>
        <source>Exported the flow &quot;%1&quot; to %2.</source>
        <translation>Потік «%1» експортовано в %2.</translation>
    </message>
    <message>
        <source>Saved the activity &quot;%1&quot; of &quot;%2&quot;.</source>
        <translation>Дію «%1» потоку «%2» збережено.</translation>
    </message>
    <message>
        <source>Delete flow</source>
        <translation>Видалити потік</translation>
    </message>
    <message numerus="yes">
        <source>Delete the flow &quot;%1&quot; and its %n HTTP Request activity(s)?</source>
        <translation>
            <numerusform>Видалити потік «%1» і його %n дію «HTTP-запит»?</numerusform>
            <numerusform>Видалити потік «%1» і його %n дії «HTTP-запит»?</numerusform>
            <numerusform>Видалити потік «%1» і його %n дій «HTTP-запит»?</numerusform>
        </translation>
    </message>
    <message>
        <source>The flow is removed from this console; Flow Designer keeps its own copy. Import its export again to bring it back.</source>
        <translation>Потік буде видалено з цієї консолі; Flow Designer зберігає власну копію. Щоб повернути потік, імпортуйте його експорт ще раз.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Could not delete the flow</source>
        <translation>Не вдалося видалити потік</translation>
    </message>
    <message>
        <source>The flow &quot;%1&quot; was not deleted.</source>
        <translation>Потік «%1» не видалено.</translation>
    </message>
    <message>
        <source>Deleted the flow &quot;%1&quot;.</source>
        <translation>Потік «%1» видалено.</translation>
    </message>
    <message>
        <source>Replace flows</source>
        <translation>Замінити потоки</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n flow(s) with the version in the chosen file(s)?</source>
        <translation>
            <numerusform>Замінити %n потік версією з вибраних файлів?</numerusform>
            <numerusform>Замінити %n потоки версією з вибраних файлів?</numerusform>
            <numerusform>Замінити %n потоків версією з вибраних файлів?</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the console: %1. Each is replaced whole, including any HTTP Request activity edited here since it was imported; its ID stays the same.</source>
        <translation>Уже є в консолі: %1. Кожен буде замінено повністю, разом із діями «HTTP-запит», зміненими тут після імпорту; ідентифікатор залишиться тим самим.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Замінити</translation>
    </message>
</context>
<context>
    <name>FlowRowText</name>
    <message>
        <source>Tags: %1</source>
        <translation>Теги: %1</translation>
    </message>
    <message>
        <source>Last modified in Flow Designer: %1</source>
        <translation>Остання зміна у Flow Designer: %1</translation>
    </message>
    <message>
        <source>Flow Designer flow ID: %1</source>
        <translation>Ідентифікатор потоку у Flow Designer: %1</translation>
    </message>
    <message>
        <source>A subflow: it takes no calls of its own; flows that call it run its activities.</source>
        <translation>Підпотік: сам він викликів не приймає; його дії виконують потоки, що його викликають.</translation>
    </message>
    <message>
        <source>Flow %1</source>
        <translation>Потік %1</translation>
    </message>
    <message>
        <source>last modified %1</source>
        <translation>остання зміна %1</translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP Request activity(s)</source>
        <translation>
            <numerusform>%n дія «HTTP-запит»</numerusform>
            <numerusform>%n дії «HTTP-запит»</numerusform>
            <numerusform>%n дій «HTTP-запит»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowTreeModel</name>
    <message>
        <source>OK</source>
        <translation>Без проблем</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблеми</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP Request activity(s) of this flow need attention: expand the flow to see why.</source>
        <translation>
            <numerusform>%n дія «HTTP-запит» цього потоку потребує уваги: розгорніть потік, щоб побачити причину.</numerusform>
            <numerusform>%n дії «HTTP-запит» цього потоку потребують уваги: розгорніть потік, щоб побачити причину.</numerusform>
            <numerusform>%n дій «HTTP-запит» цього потоку потребують уваги: розгорніть потік, щоб побачити причину.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation>Без автентифікації</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Main flow</source>
        <translation>Основний потік</translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>Пошкоджено: %1</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Позначено: %1</translation>
    </message>
    <message>
        <source>This activity is broken:</source>
        <translation>Ця дія пошкоджена:</translation>
    </message>
    <message>
        <source>This activity breaks a rule:</source>
        <translation>Ця дія порушує правило:</translation>
    </message>
    <message>
        <source>HTTP Request activity %1 in %2, connector %3, %4 %5, %6</source>
        <translation>Дія «HTTP-запит» %1 у %2, конектор %3, %4 %5, %6</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Type or event flow</source>
        <translation>Тип або потік подій</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Дії</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Конектор</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Path or URL</source>
        <translation>Шлях або URL-адреса</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Flow</source>
        <comment>flow type</comment>
        <translation>Потік</translation>
    </message>
    <message>
        <source>Subflow</source>
        <comment>flow type</comment>
        <translation>Підпотік</translation>
    </message>
    <message>
        <source>%1 (not in this console)</source>
        <translation>%1 (немає в цій консолі)</translation>
    </message>
    <message numerus="yes">
        <source>Connector inactive: calls fail in %n of them.</source>
        <translation>
            <numerusform>Конектор неактивний: виклики завершаться помилкою в %n з них.</numerusform>
            <numerusform>Конектор неактивний: виклики завершаться помилкою в %n з них.</numerusform>
            <numerusform>Конектор неактивний: виклики завершаться помилкою в %n з них.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <comment>connector</comment>
        <translation>%1 (неактивний)</translation>
    </message>
    <message>
        <source>This activity needs attention (it can still be saved):</source>
        <translation>Ця дія потребує уваги (її все одно можна зберегти):</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Остання зміна</translation>
    </message>
</context>
<context>
    <name>FlowVersions</name>
    <message>
        <source>takes calls through it</source>
        <translation>приймає виклики через нього</translation>
    </message>
    <message>
        <source>only the draft uses it</source>
        <translation>його використовує лише чернетка</translation>
    </message>
    <message>
        <source>Live version %1</source>
        <translation>версія Live %1</translation>
    </message>
    <message>
        <source>Live version</source>
        <translation>версія Live</translation>
    </message>
    <message>
        <source>draft, version %1</source>
        <translation>чернетка, версія %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <source>subflow</source>
        <translation>підпотік</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>flow name (version, kind)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between a flow&apos;s version and its kind</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>calls fail here: the connector is inactive</source>
        <translation>виклики тут завершуються помилкою: конектор неактивний</translation>
    </message>
    <message>
        <source>calls fail here: the connector does not exist</source>
        <translation>виклики тут завершуються помилкою: конектора не існує</translation>
    </message>
    <message>
        <source>%1 (Live)</source>
        <comment>version number, the Live tag</comment>
        <translation>%1 (Live)</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <comment>version number of a version not Live</comment>
        <translation>%1 (чернетка)</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>flow version tag</comment>
        <translation>Live</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>flow version</comment>
        <translation>Чернетка</translation>
    </message>
    <message>
        <source>version %1, Live</source>
        <translation>версія %1, Live</translation>
    </message>
    <message>
        <source>version %1, draft</source>
        <translation>версія %1, чернетка</translation>
    </message>
    <message>
        <source>draft version</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <source>Version %1 is the Live version: calls go through it.</source>
        <translation>Версія %1 — версія Live: виклики проходять через неї.</translation>
    </message>
    <message>
        <source>The Live version: calls go through it.</source>
        <translation>Версія Live: виклики проходять через неї.</translation>
    </message>
    <message>
        <source>Version %1 is a draft, not the Live version: calls do not go through it.</source>
        <translation>Версія %1 — чернетка, не версія Live: виклики через неї не проходять.</translation>
    </message>
    <message>
        <source>A draft, not the Live version: calls do not go through it.</source>
        <translation>Чернетка, не версія Live: виклики через неї не проходять.</translation>
    </message>
</context>
<context>
    <name>FlowsPage</name>
    <message>
        <source>Open the Flows tab first.</source>
        <translation>Спочатку відкрийте вкладку «Потоки».</translation>
    </message>
    <message>
        <source>Select an HTTP Request activity first.</source>
        <translation>Спочатку виберіть дію «HTTP-запит».</translation>
    </message>
    <message>
        <source>Select a flow first.</source>
        <translation>Спочатку виберіть потік.</translation>
    </message>
    <message>
        <source>Export &quot;%1&quot; as Flow Designer JSON</source>
        <translation>Експортувати «%1» як JSON Flow Designer</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Редагувати «%1»</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Видалити «%1»</translation>
    </message>
    <message>
        <source>Flow: %1</source>
        <translation>Потік: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Опис: %1</translation>
    </message>
    <message>
        <source>HTTP Request activities: %1</source>
        <translation>Дії «HTTP-запит»: %1</translation>
    </message>
    <message>
        <source>Imported by: %1</source>
        <translation>Імпортовано: %1</translation>
    </message>
    <message>
        <source>Last change by: %1</source>
        <translation>Остання зміна: %1</translation>
    </message>
    <message>
        <source>Activity: %1 (%2)</source>
        <translation>Дія: %1 (%2)</translation>
    </message>
    <message>
        <source>Connector: %1</source>
        <translation>Конектор: %1</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Запит: %1 %2</translation>
    </message>
    <message>
        <source>Output variables: %1</source>
        <translation>Вихідні змінні: %1</translation>
    </message>
    <message>
        <source>Status: OK</source>
        <translation>Стан: без проблем</translation>
    </message>
    <message>
        <source>Status: broken. Problems:</source>
        <translation>Стан: пошкоджено. Проблеми:</translation>
    </message>
    <message>
        <source>Status: flagged. Problems:</source>
        <translation>Стан: позначено. Проблеми:</translation>
    </message>
    <message>
        <source>No flows yet. Import a Flow Designer export with File &gt; Import flows... (%1).</source>
        <translation>Потоків ще немає. Імпортуйте експорт Flow Designer командою Файл &gt; Імпортувати потоки... (%1).</translation>
    </message>
    <message>
        <source>Select a flow or an HTTP Request activity to see its details and problems.</source>
        <translation>Виберіть потік або дію «HTTP-запит», щоб переглянути подробиці та проблеми.</translation>
    </message>
    <message>
        <source>&amp;Search flows:</source>
        <translation>П&amp;ошук потоків:</translation>
    </message>
    <message>
        <source>Search flows</source>
        <translation>Пошук потоків</translation>
    </message>
    <message>
        <source>Flows and their HTTP Request activities</source>
        <translation>Потоки та їхні дії «HTTP-запит»</translation>
    </message>
    <message>
        <source>Enter edits the selected activity; Delete deletes the selected flow.</source>
        <translation>Enter відкриває вибрану дію для редагування; Delete видаляє вибраний потік.</translation>
    </message>
    <message>
        <source>&amp;Import flows...</source>
        <translation>&amp;Імпортувати потоки...</translation>
    </message>
    <message>
        <source>E&amp;xport flow...</source>
        <translation>&amp;Експортувати потік...</translation>
    </message>
    <message>
        <source>Edit &amp;activity...</source>
        <translation>Редагувати ді&amp;ю...</translation>
    </message>
    <message>
        <source>&amp;Delete flow...</source>
        <translation>Видалити по&amp;тік...</translation>
    </message>
    <message>
        <source>Details of the selected flow or activity</source>
        <translation>Подробиці вибраного потоку або дії</translation>
    </message>
    <message>
        <source>Read-only access</source>
        <translation>Доступ лише для читання</translation>
    </message>
    <message>
        <source>Read-only: %1 You can look at flows, their activities and their problems. To import, edit or delete flows, act as an administrator with read/write access (File &gt; Act as...).</source>
        <translation>Лише читання: %1 Ви можете переглядати потоки, їхні дії та проблеми. Щоб імпортувати, редагувати або видаляти потоки, дійте від імені адміністратора з доступом для читання/запису (Файл &gt; Діяти від імені...).</translation>
    </message>
    <message>
        <source>View &quot;%1&quot; (read-only)</source>
        <translation>Переглянути «%1» (лише читання)</translation>
    </message>
    <message>
        <source>Loading flows...</source>
        <translation>Завантаження потоків...</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Версія: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Стан: %1</translation>
    </message>
    <message>
        <source>Connector inactive: calls fail here. Inactive connectors: %1</source>
        <translation>Конектор неактивний: тут виклики завершаться помилкою. Неактивні конектори: %1</translation>
    </message>
    <message>
        <source>Status: needs attention; it can still be saved. Problems:</source>
        <translation>Стан: потребує уваги; її все одно можна зберегти. Проблеми:</translation>
    </message>
    <message>
        <source>Flow, activity, connector, method, path, Live, draft or Subflow</source>
        <translation>Потік, дія, конектор, метод, шлях, Live, чернетка або підпотік</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Текст довідки</translation>
    </message>
    <message>
        <source>Help chapters</source>
        <translation>Розділи довідки</translation>
    </message>
    <message>
        <source>The arrow keys choose a chapter; Tab moves to its text</source>
        <translation>Клавіші зі стрілками вибирають розділ; Tab переходить до його тексту</translation>
    </message>
</context>
<context>
    <name>HelpTopics</name>
    <message>
        <source>Connectors</source>
        <translation>Конектори</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Webex Contact Center connectors&lt;/h2&gt;&lt;p&gt;A connector lets flows in Flow Designer call the Webex Contact Center APIs with the organisation&apos;s authorisation. Add one with &lt;b&gt;Set up&lt;/b&gt; or &lt;b&gt;Add more&lt;/b&gt; on the Webex Contact Center card: give it a unique name, choose read-only access, read-write access or both, and tick &lt;i&gt;I authorize&lt;/i&gt;. The connector ID is generated when you add it and never changes.&lt;/p&gt;&lt;p&gt;A new connector is active. Its settings are read-only while it is active: switch &lt;b&gt;Active&lt;/b&gt; off and confirm &lt;b&gt;Deactivate&lt;/b&gt; to edit or delete it. Deactivating stops call routing for the flows that use it; do it outside business hours. Deactivating keeps every setting, and switching &lt;b&gt;Active&lt;/b&gt; on again brings the connector back.&lt;/p&gt;&lt;p&gt;Each card says how many flows and activities use the connector; the details list them under &lt;b&gt;Used by&lt;/b&gt;, and the Deactivate and Delete confirmations name the flows affected.&lt;/p&gt;&lt;p&gt;Every change is recorded in the connector&apos;s &lt;b&gt;History&lt;/b&gt;, and &lt;b&gt;Edit &amp;gt; Undo&lt;/b&gt; takes it back with a new, recorded change.&lt;/p&gt;&lt;p&gt;What you may do depends on your administrator role: read-only roles see everything with the changing controls unavailable. A full administrator can &lt;b&gt;File &amp;gt; Act as...&lt;/b&gt; another administrator; a banner says so, and every change is recorded with both names.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Конектори Webex Contact Center&lt;/h2&gt;&lt;p&gt;Конектор дає змогу потокам у Flow Designer викликати API Webex Contact Center з авторизацією організації. Щоб додати конектор, натисніть &lt;b&gt;Налаштувати&lt;/b&gt; або &lt;b&gt;Додати ще&lt;/b&gt; на картці Webex Contact Center: укажіть унікальну назву, виберіть доступ лише для читання, доступ для читання-запису або обидва й установіть прапорець &lt;i&gt;Я авторизую&lt;/i&gt;. Ідентифікатор конектора створюється під час додавання й ніколи не змінюється.&lt;/p&gt;&lt;p&gt;Новий конектор одразу активний. Поки конектор активний, його налаштування доступні лише для читання: щоб змінити або видалити його, вимкніть перемикач &lt;b&gt;Активний&lt;/b&gt; і підтвердьте &lt;b&gt;Деактивувати&lt;/b&gt;. Деактивація зупиняє маршрутизацію викликів для потоків, які використовують конектор, тож робіть це в неробочий час. Деактивація зберігає всі налаштування, і якщо знову ввімкнути перемикач &lt;b&gt;Активний&lt;/b&gt;, конектор повернеться до роботи.&lt;/p&gt;&lt;p&gt;Кожна картка показує, скільки потоків і дій використовують конектор; у відомостях їх перелічено в розділі &lt;b&gt;Використовують&lt;/b&gt;, а підтвердження деактивації та видалення називають потоки, яких це стосується.&lt;/p&gt;&lt;p&gt;Кожна зміна записується в розділі &lt;b&gt;Історія&lt;/b&gt; конектора, а команда &lt;b&gt;Редагування &amp;gt; Скасувати&lt;/b&gt; скасовує її, і це теж записується як нова зміна.&lt;/p&gt;&lt;p&gt;Що ви можете робити, залежить від вашої ролі адміністратора: ролі лише для читання бачать усе, але елементи, що вносять зміни, для них недоступні. Адміністратор із повними правами може вибрати &lt;b&gt;Файл &amp;gt; Діяти від імені...&lt;/b&gt; іншого адміністратора; про це повідомляє банер, а кожна зміна записується з обома іменами.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The Flows tab&lt;/h2&gt;&lt;p&gt;The Flows tab lists the flows imported from Flow Designer and, under each flow, its HTTP Request activities: where the activity is (the main flow or an event flow such as GLOBAL_EVENTS), its connector, method, request path or URL, and its status. A flagged activity breaks a rule; a broken one names a connector that is not in this console. Select a row to see its details and problems below the list.&lt;/p&gt;&lt;h3&gt;Importing and exporting&lt;/h3&gt;&lt;p&gt;&lt;b&gt;File &amp;gt; Import flows...&lt;/b&gt; reads one or more Flow Designer export files; a flow with the same name as an existing one replaces it. An activity that breaks a rule (a write method through a read-only connector, a connector that is not in this console, a JSON Path that does not compile) is imported anyway and flagged with the reason. A file that is not a flow export is refused with a message that names it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Flow &amp;gt; Export flow...&lt;/b&gt; writes the selected flow as Flow Designer JSON, with your edits and every property the console does not understand, ready to be imported into Flow Designer. &lt;b&gt;File &amp;gt; Export connectors...&lt;/b&gt; and &lt;b&gt;Import connectors...&lt;/b&gt; move connectors and flows together from one database to another.&lt;/p&gt;&lt;h3&gt;Where-used&lt;/h3&gt;&lt;p&gt;The Connectors tab shows which flows use each connector. Deleting a connector leaves its activities in place, marked broken here, as Flow Designer does: choose an existing connector in the activity editor to repair them.&lt;/p&gt;&lt;h3&gt;Finding and changing&lt;/h3&gt;&lt;p&gt;The search field keeps the flows whose name, activities, connectors, methods or paths match what you type. Enter or a double-click edits the selected activity, and Delete deletes the selected flow after a confirmation. Read-only roles can look at flows but not import, edit or delete them.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Вкладка «Потоки»&lt;/h2&gt;&lt;p&gt;На вкладці «Потоки» перелічено потоки, імпортовані з Flow Designer, а під кожним потоком — його дії «HTTP-запит»: де розташована дія (основний потік чи потік подій, як-от GLOBAL_EVENTS), її конектор, метод, шлях запиту або URL-адреса та стан. Позначена дія порушує правило; несправна називає конектор, якого немає в цій консолі. Виберіть рядок, щоб побачити під списком його відомості й проблеми.&lt;/p&gt;&lt;h3&gt;Імпорт і експорт&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Файл &amp;gt; Імпортувати потоки...&lt;/b&gt; читає один або кілька файлів експорту Flow Designer; потік із такою самою назвою, як наявний, замінює його. Дію, що порушує правило (метод запису через конектор лише для читання, конектор, якого немає в цій консолі, вираз JSON Path, що не компілюється), однаково імпортовано й позначено з причиною. Файл, який не є експортом потоку, відхиляється з повідомленням, що називає його.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Потоки &amp;gt; Експортувати потік...&lt;/b&gt; записує вибраний потік як JSON Flow Designer — з вашими змінами й усіма властивостями, яких консоль не розуміє, — готовим до імпорту у Flow Designer. &lt;b&gt;Файл &amp;gt; Експортувати конектори...&lt;/b&gt; та &lt;b&gt;Імпортувати конектори...&lt;/b&gt; переносять конектори й потоки разом з однієї бази даних до іншої.&lt;/p&gt;&lt;h3&gt;Де використовується&lt;/h3&gt;&lt;p&gt;Вкладка «Конектори» показує, які потоки використовують кожен конектор. Після видалення конектора його дії лишаються на місці й позначаються тут як несправні, як і у Flow Designer: щоб виправити їх, виберіть наявний конектор у редакторі дії.&lt;/p&gt;&lt;h3&gt;Пошук і зміни&lt;/h3&gt;&lt;p&gt;Поле пошуку залишає потоки, чиї назви, дії, конектори, методи або шляхи збігаються з введеним текстом. Enter або подвійне клацання відкриває вибрану дію для редагування, а Delete видаляє вибраний потік після підтвердження. Ролі лише для читання можуть переглядати потоки, але не імпортувати, не редагувати й не видаляти їх.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>HTTP Request activity</source>
        <translation>Дія «HTTP-запит»</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The HTTP Request activity editor&lt;/h2&gt;&lt;p&gt;Select an activity in the Flows tab and press Enter or F2 (&lt;b&gt;Flow &amp;gt; Edit activity...&lt;/b&gt;). The editor has Flow Designer&apos;s fields and rules:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Activity label&lt;/b&gt;: the name the activity has in the flow.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Use authenticated endpoint&lt;/b&gt;: when on, the request goes through a connector, with the organisation&apos;s authorisation, to a &lt;b&gt;request path&lt;/b&gt; that starts with &quot;/&quot;, e.g. /organization/{orgId}/v2/team; when off, to the whole &lt;b&gt;request URL&lt;/b&gt; you give.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Connector&lt;/b&gt;: type part of a name to find it. A read-only connector allows GET only; the other methods are marked as not allowed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Method&lt;/b&gt;, &lt;b&gt;query parameters&lt;/b&gt; and &lt;b&gt;headers&lt;/b&gt; (rows of name and value), &lt;b&gt;content type&lt;/b&gt; and &lt;b&gt;request body&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Response timeout&lt;/b&gt;: 100 to 60,000 ms. &lt;b&gt;Retry attempts&lt;/b&gt;: 0 to 5.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Output variables&lt;/b&gt;: each a unique identifier, filled from the response by its JSON Path (see JSON Path).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;A field that breaks a rule says why beside it, and &lt;b&gt;Save&lt;/b&gt; stays unavailable until the activity is valid. A saved change is recorded in the audit log and goes with the flow when you export it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Редактор дії «HTTP-запит»&lt;/h2&gt;&lt;p&gt;Виберіть дію на вкладці «Потоки» й натисніть Enter або F2 (&lt;b&gt;Потоки &amp;gt; Редагувати дію...&lt;/b&gt;). Редактор має поля й правила Flow Designer:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Назва дії&lt;/b&gt;: ім’я, під яким дія відображається в потоці.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Використовувати автентифіковану кінцеву точку&lt;/b&gt;: коли ввімкнено, запит іде через конектор, з авторизацією організації, на &lt;b&gt;шлях запиту&lt;/b&gt;, що починається з «/», наприклад /organization/{orgId}/v2/team; коли вимкнено — на повну &lt;b&gt;URL-адресу запиту&lt;/b&gt;, яку ви вказуєте.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Конектор&lt;/b&gt;: почніть вводити частину назви, щоб знайти його. Конектор лише для читання дозволяє тільки GET; інші методи позначено як недозволені.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Метод&lt;/b&gt;, &lt;b&gt;параметри запиту&lt;/b&gt; й &lt;b&gt;заголовки&lt;/b&gt; (рядки з назвою та значенням), &lt;b&gt;тип вмісту&lt;/b&gt; і &lt;b&gt;тіло запиту&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Час очікування відповіді&lt;/b&gt;: від 100 до 60 000 мс. &lt;b&gt;Кількість повторів&lt;/b&gt;: від 0 до 5.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Вихідні змінні&lt;/b&gt;: кожна — унікальний ідентифікатор, який отримує значення з відповіді за своїм виразом JSON Path (див. розділ «JSON Path»).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Поле, що порушує правило, пояснює причину поруч, а кнопка &lt;b&gt;Зберегти&lt;/b&gt; недоступна, доки дія не стане правильною. Збережену зміну записано в журнал аудиту, і вона потрапляє в потік під час експорту.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>JSON Path</source>
        <translation>JSON Path</translation>
    </message>
    <message>
        <source>&lt;h2&gt;JSON Path&lt;/h2&gt;&lt;p&gt;Output variables are filled by JSON Path expressions in the dialect Flow Designer uses (Jayway JsonPath). A path starts at &lt;tt&gt;$&lt;/tt&gt;, the whole response, and goes down with &lt;tt&gt;.name&lt;/tt&gt; or &lt;tt&gt;[&apos;name&apos;]&lt;/tt&gt;, &lt;tt&gt;[0]&lt;/tt&gt; (the first element), &lt;tt&gt;[-1]&lt;/tt&gt; (the last), &lt;tt&gt;[0:2]&lt;/tt&gt; (a slice), &lt;tt&gt;*&lt;/tt&gt; (every element) and &lt;tt&gt;..name&lt;/tt&gt; (every &lt;i&gt;name&lt;/i&gt; at any depth). Filters keep elements: &lt;tt&gt;$.data[?(@.status == &apos;active&apos;)].id&lt;/tt&gt;; they compare with ==, !=, &amp;lt;, &amp;lt;=, &amp;gt;, &amp;gt;=, =~ (a regular expression), in, nin, subsetof, anyof, noneof, size and empty. Functions such as &lt;tt&gt;length()&lt;/tt&gt;, &lt;tt&gt;min()&lt;/tt&gt;, &lt;tt&gt;max()&lt;/tt&gt;, &lt;tt&gt;avg()&lt;/tt&gt; and &lt;tt&gt;sum()&lt;/tt&gt; end a path.&lt;/p&gt;&lt;p&gt;A definite path (no wildcard, slice, filter or deep scan) gives one value; any other gives the list of every match. An expression that does not compile is shown with the position of the first wrong character.&lt;/p&gt;&lt;h3&gt;Testing the parse settings&lt;/h3&gt;&lt;p&gt;On the &lt;b&gt;Test parse settings&lt;/b&gt; page of the activity editor, paste a sample response: each output variable shows what it would receive, or that nothing matched, as you type. Nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;JSON Path&lt;/h2&gt;&lt;p&gt;Вихідні змінні заповнюються виразами JSON Path у діалекті, який використовує Flow Designer (Jayway JsonPath). Шлях починається з &lt;tt&gt;$&lt;/tt&gt; — усієї відповіді — і спускається вниз через &lt;tt&gt;.name&lt;/tt&gt; або &lt;tt&gt;[&apos;name&apos;]&lt;/tt&gt;, &lt;tt&gt;[0]&lt;/tt&gt; (перший елемент), &lt;tt&gt;[-1]&lt;/tt&gt; (останній), &lt;tt&gt;[0:2]&lt;/tt&gt; (зріз), &lt;tt&gt;*&lt;/tt&gt; (кожен елемент) і &lt;tt&gt;..name&lt;/tt&gt; (кожне &lt;i&gt;name&lt;/i&gt; на будь-якій глибині). Фільтри залишають елементи: &lt;tt&gt;$.data[?(@.status == &apos;active&apos;)].id&lt;/tt&gt;; вони порівнюють за допомогою ==, !=, &amp;lt;, &amp;lt;=, &amp;gt;, &amp;gt;=, =~ (регулярний вираз), in, nin, subsetof, anyof, noneof, size та empty. Функції на кшталт &lt;tt&gt;length()&lt;/tt&gt;, &lt;tt&gt;min()&lt;/tt&gt;, &lt;tt&gt;max()&lt;/tt&gt;, &lt;tt&gt;avg()&lt;/tt&gt; і &lt;tt&gt;sum()&lt;/tt&gt; завершують шлях.&lt;/p&gt;&lt;p&gt;Визначений шлях (без символу підстановки, зрізу, фільтра чи глибокого пошуку) дає одне значення; будь-який інший — список усіх збігів. Для виразу, що не компілюється, показано позицію першого хибного символу.&lt;/p&gt;&lt;h3&gt;Перевірка параметрів розбору&lt;/h3&gt;&lt;p&gt;На сторінці &lt;b&gt;Перевірка параметрів розбору&lt;/b&gt; редактора дії вставте зразок відповіді: кожна вихідна змінна одразу, поки ви вводите, показує, що вона отримає або що збігів немає. Нічого нікуди не надсилається.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Test requests</source>
        <translation>Тестові запити</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Test requests&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Send test request&lt;/b&gt; in the activity editor (Ctrl+Return) sends the activity&apos;s request to your organisation&apos;s Webex Contact Center API and shows the status, the time taken, the attempts, the response headers, the body (pretty printed) and the value of each output variable. &lt;b&gt;Cancel request&lt;/b&gt; stops waiting.&lt;/p&gt;&lt;h3&gt;Test request settings&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Flow &amp;gt; Test request settings...&lt;/b&gt; holds the API region (US1, EU1, EU2, ANZ1, CA1, JP1, SG1, or a custom base URL), which is an organisation setting kept in the database, and your own access token. The token is saved in the system keyring, never in the database or a settings file; without a keyring it is kept in memory until you close the console, and the dialog says so.&lt;/p&gt;&lt;h3&gt;What is sent&lt;/h3&gt;&lt;p&gt;The method, the base URL followed by the request path (or the request URL), the query parameters, the activity&apos;s headers and body, and your token as &quot;Authorization: Bearer&quot;. A header of the activity never replaces the authorisation. Failed attempts (no answer, 429 or a 5xx status) are retried as the activity&apos;s retry attempts say.&lt;/p&gt;&lt;p&gt;Nothing leaves this computer when the method is not allowed by the connector&apos;s access or your role, the connector is inactive, no token is set, or the address uses plain http to another computer: the reason is shown instead.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Тестові запити&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Надіслати тестовий запит&lt;/b&gt; у редакторі дії (Ctrl+Return) надсилає запит дії до API Webex Contact Center вашої організації й показує стан, витрачений час, спроби, заголовки відповіді, тіло (у зручному для читання вигляді) і значення кожної вихідної змінної. &lt;b&gt;Перервати запит&lt;/b&gt; припиняє очікування.&lt;/p&gt;&lt;h3&gt;Налаштування тестових запитів&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Потоки &amp;gt; Налаштування тестових запитів...&lt;/b&gt; зберігає регіон API (US1, EU1, EU2, ANZ1, CA1, JP1, SG1 або власну базову URL-адресу), що є налаштуванням організації в базі даних, і ваш власний токен доступу. Токен зберігається в системному сховищі ключів і ніколи — в базі даних чи файлі налаштувань; без сховища ключів він зберігається в пам’яті, доки ви не закриєте консоль, і діалогове вікно про це повідомляє.&lt;/p&gt;&lt;h3&gt;Що надсилається&lt;/h3&gt;&lt;p&gt;Метод, базова URL-адреса разом зі шляхом запиту (або URL-адреса запиту), параметри запиту, заголовки й тіло дії та ваш токен як «Authorization: Bearer». Заголовок дії ніколи не замінює авторизацію. Невдалі спроби (немає відповіді, стан 429 або 5xx) повторюються стільки разів, скільки задано в кількості повторів дії.&lt;/p&gt;&lt;p&gt;Нічого не залишає цей комп’ютер, якщо метод не дозволено доступом конектора чи вашою роллю, конектор неактивний, токен не задано або адреса використовує незахищений http до іншого комп’ютера: натомість показано причину.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>connectorctl</source>
        <translation>connectorctl</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The command line: connectorctl&lt;/h2&gt;&lt;p&gt;&lt;tt&gt;connectorctl&lt;/tt&gt; does from a terminal or a script what the console does, with the same rules, roles and audit log, on the same database: &lt;tt&gt;list&lt;/tt&gt;, &lt;tt&gt;show&lt;/tt&gt;, &lt;tt&gt;add&lt;/tt&gt;, &lt;tt&gt;edit&lt;/tt&gt;, &lt;tt&gt;deactivate&lt;/tt&gt;, &lt;tt&gt;activate&lt;/tt&gt;, &lt;tt&gt;delete&lt;/tt&gt;, &lt;tt&gt;history&lt;/tt&gt;, &lt;tt&gt;export&lt;/tt&gt; and &lt;tt&gt;import&lt;/tt&gt; for connectors; &lt;tt&gt;flows list&lt;/tt&gt;, &lt;tt&gt;flows import&lt;/tt&gt;, &lt;tt&gt;flows export&lt;/tt&gt; and &lt;tt&gt;where-used&lt;/tt&gt; for flows; &lt;tt&gt;jsonpath&lt;/tt&gt; to try a JSON Path on a file; &lt;tt&gt;admins&lt;/tt&gt; for administrator accounts.&lt;/p&gt;&lt;p&gt;Global options come before the command: &lt;tt&gt;--database PATH&lt;/tt&gt;, &lt;tt&gt;--json&lt;/tt&gt;, &lt;tt&gt;--lang uk|en&lt;/tt&gt;. For example:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;connectorctl add --name &quot;Queue statistics&quot; --access read-only --authorize&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;connectorctl --json list&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;tt&gt;connectorctl --help&lt;/tt&gt; and &lt;tt&gt;man connectorctl&lt;/tt&gt; describe every command, option and exit code. Changes it makes show in an open console within a second.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Командний рядок: connectorctl&lt;/h2&gt;&lt;p&gt;&lt;tt&gt;connectorctl&lt;/tt&gt; робить із термінала чи скрипту те саме, що й консоль, — з тими самими правилами, ролями й журналом аудиту, у тій самій базі даних: &lt;tt&gt;list&lt;/tt&gt;, &lt;tt&gt;show&lt;/tt&gt;, &lt;tt&gt;add&lt;/tt&gt;, &lt;tt&gt;edit&lt;/tt&gt;, &lt;tt&gt;deactivate&lt;/tt&gt;, &lt;tt&gt;activate&lt;/tt&gt;, &lt;tt&gt;delete&lt;/tt&gt;, &lt;tt&gt;history&lt;/tt&gt;, &lt;tt&gt;export&lt;/tt&gt; та &lt;tt&gt;import&lt;/tt&gt; для конекторів; &lt;tt&gt;flows list&lt;/tt&gt;, &lt;tt&gt;flows import&lt;/tt&gt;, &lt;tt&gt;flows export&lt;/tt&gt; і &lt;tt&gt;where-used&lt;/tt&gt; для потоків; &lt;tt&gt;jsonpath&lt;/tt&gt;, щоб випробувати вираз JSON Path на файлі; &lt;tt&gt;admins&lt;/tt&gt; для облікових записів адміністраторів.&lt;/p&gt;&lt;p&gt;Глобальні параметри вказують перед командою: &lt;tt&gt;--database PATH&lt;/tt&gt;, &lt;tt&gt;--json&lt;/tt&gt;, &lt;tt&gt;--lang uk|en&lt;/tt&gt;. Наприклад:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;connectorctl add --name &quot;Queue statistics&quot; --access read-only --authorize&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;connectorctl --json list&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;tt&gt;connectorctl --help&lt;/tt&gt; і &lt;tt&gt;man connectorctl&lt;/tt&gt; описують кожну команду, параметр і код завершення. Зміни, які він вносить, з’являються у відкритій консолі протягом секунди.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;&lt;p&gt;Everything works from the keyboard. The keys of the window work wherever the focus is; the card keys work in the connector lists. In this help, the arrow keys choose a chapter and Tab moves to its text.&lt;/p&gt;&lt;table cellspacing=&quot;4&quot;&gt;%1&lt;/table&gt;</source>
        <translation>&lt;h2&gt;Комбінації клавіш&lt;/h2&gt;&lt;p&gt;Усе можна робити з клавіатури. Клавіші вікна працюють, хоч би де був фокус; клавіші карток працюють у списках конекторів. У цій довідці клавіші зі стрілками вибирають розділ, а Tab переходить до його тексту.&lt;/p&gt;&lt;table cellspacing=&quot;4&quot;&gt;%1&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>The expression is longer than %1 characters (position %2).</source>
        <translation>Вираз задовгий: максимальна кількість символів — %1 (позиція %2).</translation>
    </message>
    <message>
        <source>The expression is empty (position %1).</source>
        <translation>Вираз порожній (позиція %1).</translation>
    </message>
    <message>
        <source>The expression is too large to compile (position %1).</source>
        <translation>Вираз завеликий для компіляції (позиція %1).</translation>
    </message>
    <message>
        <source>The path is empty.</source>
        <translation>Шлях порожній.</translation>
    </message>
    <message>
        <source>The evaluation ran out of memory.</source>
        <translation>Під час обчислення забракло пам&apos;яті.</translation>
    </message>
    <message>
        <source>The string starting at position %1 is not closed: expected %2.</source>
        <translation>Рядок, що починається в позиції %1, не закрито: очікувався символ %2.</translation>
    </message>
    <message>
        <source>The regular expression starting at position %1 is not closed: expected &apos;/&apos;.</source>
        <translation>Регулярний вираз, що починається в позиції %1, не закрито: очікувався символ &apos;/&apos;.</translation>
    </message>
    <message>
        <source>Invalid \u escape at position %1: expected four hexadecimal digits.</source>
        <translation>Некоректна escape-послідовність \u у позиції %1: очікувалося чотири шістнадцяткові цифри.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>логічне значення</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>рядок</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>масив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>об&apos;єкт</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>нічого</translation>
    </message>
    <message>
        <source>No results for path %1.</source>
        <translation>За шляхом %1 нічого не знайдено.</translation>
    </message>
    <message>
        <source>The result has more than %1 values; narrow the path.</source>
        <translation>Результат містить забагато значень (понад %1); уточніть шлях.</translation>
    </message>
    <message>
        <source>Expected an object with property %1 at %2, but found %3.</source>
        <translation>За шляхом %2 очікувався об&apos;єкт із властивістю %1, але знайдено: %3.</translation>
    </message>
    <message>
        <source>Missing property in path %1.</source>
        <translation>У шляху %1 бракує властивості.</translation>
    </message>
    <message>
        <source>The value at %1 is null.</source>
        <translation>Значення за шляхом %1 — null.</translation>
    </message>
    <message>
        <source>%1 can only be applied to an array, but %2 is %3.</source>
        <translation>%1 можна застосувати лише до масиву, але %2 — це %3.</translation>
    </message>
    <message>
        <source>The filter at %1 cannot be applied to %2.</source>
        <translation>Фільтр за шляхом %1 не можна застосувати до цього значення (%2).</translation>
    </message>
    <message>
        <source>A deep scan &apos;..&apos; must be followed by what to look for.</source>
        <translation>Після оператора глибокого сканування &apos;..&apos; потрібно вказати, що шукати.</translation>
    </message>
    <message>
        <source>Unexpected &apos;%2&apos; at position %1: expected &apos;&amp;&amp;&apos;, &apos;||&apos; or the end of the filter.</source>
        <translation>Неочікуваний символ &apos;%2&apos; у позиції %1: очікувалося &apos;&amp;&amp;&apos;, &apos;||&apos; або кінець фільтра.</translation>
    </message>
    <message>
        <source>Expected &apos;)&apos; at position %1.</source>
        <translation>У позиції %1 очікувався символ &apos;)&apos;.</translation>
    </message>
    <message>
        <source>Expected a comparison operator at position %1: only a path such as @.name can stand alone.</source>
        <translation>У позиції %1 очікувався оператор порівняння: окремо може стояти лише шлях, як-от @.name.</translation>
    </message>
    <message>
        <source>Unsupported filter operator &apos;%2&apos; at position %1.</source>
        <translation>Непідтримуваний оператор фільтра &apos;%2&apos; у позиції %1.</translation>
    </message>
    <message>
        <source>Expected a value at position %1.</source>
        <translation>У позиції %1 очікувалося значення.</translation>
    </message>
    <message>
        <source>Unexpected &apos;!&apos; at position %1: it can only precede a path or a parenthesised filter.</source>
        <translation>Неочікуваний символ &apos;!&apos; у позиції %1: він може стояти лише перед шляхом або фільтром у дужках.</translation>
    </message>
    <message>
        <source>The bracket at position %1 is not closed: expected &apos;]&apos;.</source>
        <translation>Дужку в позиції %1 не закрито: очікувався символ &apos;]&apos;.</translation>
    </message>
    <message>
        <source>Unexpected &apos;%2&apos; at position %1: expected a path, a number, a string, true, false, null, a /regex/ or a JSON literal.</source>
        <translation>Неочікуваний символ &apos;%2&apos; у позиції %1: очікувався шлях, число, рядок, true, false, null, регулярний вираз /regex/ або літерал JSON.</translation>
    </message>
    <message>
        <source>Invalid number &apos;%2&apos; at position %1.</source>
        <translation>Некоректне число &apos;%2&apos; у позиції %1.</translation>
    </message>
    <message>
        <source>Expected &apos;%2&apos; at position %1.</source>
        <translation>У позиції %1 очікувалося &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Expected &apos;null&apos; at position %1.</source>
        <translation>У позиції %1 очікувалося &apos;null&apos;.</translation>
    </message>
    <message>
        <source>The JSON literal starting at position %1 is not closed: expected &apos;%2&apos;.</source>
        <translation>Літерал JSON, що починається в позиції %1, не закрито: очікувався символ &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Invalid JSON literal at position %1: %2.</source>
        <translation>Некоректний літерал JSON у позиції %1: %2.</translation>
    </message>
    <message>
        <source>The regular expression at position %1 is longer than %2 characters.</source>
        <translation>Регулярний вираз у позиції %1 задовгий: максимальна кількість символів — %2.</translation>
    </message>
    <message>
        <source>Invalid regular expression at position %1: %2.</source>
        <translation>Некоректний регулярний вираз у позиції %1: %2.</translation>
    </message>
    <message>
        <source>%1() needs a path argument.</source>
        <translation>Функції %1() потрібен аргумент-шлях.</translation>
    </message>
    <message>
        <source>%1() needs at least one number, but found none.</source>
        <translation>Функції %1() потрібне принаймні одне число, але жодного не знайдено.</translation>
    </message>
    <message>
        <source>%1() can only be applied to an array.</source>
        <translation>Функцію %1() можна застосувати лише до масиву.</translation>
    </message>
    <message>
        <source>index() needs a number argument.</source>
        <translation>Функції index() потрібен числовий аргумент.</translation>
    </message>
    <message>
        <source>Index %1 is out of range for an array of %2 elements.</source>
        <translation>Індекс %1 виходить за межі масиву (кількість елементів: %2).</translation>
    </message>
    <message>
        <source>Index %1 reaches before the second of the %2 elements; Jayway refuses it.</source>
        <translation>Індекс %1 вказує на позицію перед другим елементом масиву (кількість елементів: %2); Jayway такий індекс відхиляє.</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the value</source>
        <translation>неочікуваний символ &apos;%1&apos; після значення</translation>
    </message>
    <message>
        <source>the literal nests deeper than %1 levels</source>
        <translation>глибина вкладеності літерала перевищує %1</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>бракує значення</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>очікувався символ &apos;,&apos; або &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object key</source>
        <translation>після ключа об&apos;єкта очікувався символ &apos;:&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>очікувався символ &apos;,&apos; або &apos;}&apos;</translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation>рядок не закрито</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>некоректна escape-послідовність \u</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>неочікуваний символ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an object key is missing</source>
        <translation>бракує ключа об&apos;єкта</translation>
    </message>
    <message>
        <source>The expression nests deeper than %2 levels at position %1.</source>
        <translation>Глибина вкладеності виразу перевищує %2 (позиція %1).</translation>
    </message>
    <message>
        <source>The path has more than %2 segments at position %1.</source>
        <translation>Кількість сегментів шляху перевищує %2 (позиція %1).</translation>
    </message>
    <message>
        <source>A path must start with &apos;$&apos; or &apos;@&apos; at position %1.</source>
        <translation>Шлях має починатися з &apos;$&apos; або &apos;@&apos; (позиція %1).</translation>
    </message>
    <message>
        <source>Expected &apos;.&apos; or &apos;[&apos; after &apos;%2&apos; at position %1.</source>
        <translation>Після &apos;%2&apos; у позиції %1 очікувався символ &apos;.&apos; або &apos;[&apos;.</translation>
    </message>
    <message>
        <source>The path ends too early at position %1: a name, &apos;*&apos; or &apos;[&apos; is missing.</source>
        <translation>Шлях передчасно закінчується в позиції %1: бракує імені, &apos;*&apos; або &apos;[&apos;.</translation>
    </message>
    <message>
        <source>The path cannot continue after the function call &apos;%2&apos; at position %1.</source>
        <translation>Шлях не може продовжуватися після виклику функції &apos;%2&apos; (позиція %1).</translation>
    </message>
    <message>
        <source>Unexpected &apos;%2&apos; at position %1.</source>
        <translation>Неочікуваний символ &apos;%2&apos; у позиції %1.</translation>
    </message>
    <message>
        <source>The path must not end with &apos;.&apos; at position %1.</source>
        <translation>Шлях не може закінчуватися символом &apos;.&apos; (позиція %1).</translation>
    </message>
    <message>
        <source>Unexpected &apos;.&apos; at position %1: use &apos;.name&apos;, &apos;..name&apos; or &apos;[...]&apos;.</source>
        <translation>Неочікуваний символ &apos;.&apos; у позиції %1: використовуйте &apos;.name&apos;, &apos;..name&apos; або &apos;[...]&apos;.</translation>
    </message>
    <message>
        <source>The path must not end with &apos;..&apos; at position %1.</source>
        <translation>Шлях не може закінчуватися на &apos;..&apos; (позиція %1).</translation>
    </message>
    <message>
        <source>Unexpected space at position %1: a name, &apos;*&apos; or &apos;[&apos; is expected.</source>
        <translation>Неочікуваний пробіл у позиції %1: очікувалося ім&apos;я, &apos;*&apos; або &apos;[&apos;.</translation>
    </message>
    <message>
        <source>A property name cannot contain a space (position %1); use bracket notation such as [&apos;my prop&apos;].</source>
        <translation>Ім&apos;я властивості не може містити пробіл (позиція %1); використовуйте запис у квадратних дужках, як-от [&apos;my prop&apos;].</translation>
    </message>
    <message>
        <source>Unknown function &apos;%2&apos; at position %1.</source>
        <translation>Невідома функція &apos;%2&apos; у позиції %1.</translation>
    </message>
    <message>
        <source>A function call cannot follow &apos;..&apos; directly (position %1); name what to scan for, e.g. &apos;$..price.%2()&apos;.</source>
        <translation>Виклик функції не може йти одразу після &apos;..&apos; (позиція %1); укажіть, що шукати, наприклад &apos;$..price.%2()&apos;.</translation>
    </message>
    <message>
        <source>The arguments of function &apos;%2&apos; opened at position %1 are not closed: expected &apos;)&apos;.</source>
        <translation>Аргументи функції &apos;%2&apos;, відкриті в позиції %1, не закрито: очікувався символ &apos;)&apos;.</translation>
    </message>
    <message>
        <source>Unbalanced brackets or quotes in the function arguments before position %1.</source>
        <translation>Незбалансовані дужки або лапки в аргументах функції перед позицією %1.</translation>
    </message>
    <message>
        <source>A function argument is missing at position %1.</source>
        <translation>У позиції %1 бракує аргументу функції.</translation>
    </message>
    <message>
        <source>Invalid JSON argument at position %1: %2.</source>
        <translation>Некоректний аргумент JSON у позиції %1: %2.</translation>
    </message>
    <message>
        <source>A function argument must be a path or a JSON number, string or object at position %1.</source>
        <translation>Аргумент функції в позиції %1 має бути шляхом або числом, рядком чи об&apos;єктом JSON.</translation>
    </message>
    <message>
        <source>Could not read the bracket at position %1: expected a quoted name, an index, a slice, &apos;*&apos; or a filter &apos;?(...)&apos;.</source>
        <translation>Не вдалося розібрати вираз у квадратних дужках у позиції %1: очікувалося ім&apos;я в лапках, індекс, зріз, &apos;*&apos; або фільтр &apos;?(...)&apos;.</translation>
    </message>
    <message>
        <source>Expected a property name in %2 quotes at position %1.</source>
        <translation>У позиції %1 очікувалося ім&apos;я властивості в лапках %2.</translation>
    </message>
    <message>
        <source>The property name starting at position %1 is not closed: expected %2.</source>
        <translation>Ім&apos;я властивості, що починається в позиції %1, не закрито: очікувався символ %2.</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos; after the property name at position %1.</source>
        <translation>Після імені властивості в позиції %1 очікувався символ &apos;,&apos; або &apos;]&apos;.</translation>
    </message>
    <message>
        <source>Invalid array index or slice &apos;%2&apos; at position %1.</source>
        <translation>Некоректний індекс або зріз масиву &apos;%2&apos; у позиції %1.</translation>
    </message>
    <message>
        <source>Invalid array slice &apos;%2&apos; at position %1: a slice cannot contain spaces.</source>
        <translation>Некоректний зріз масиву &apos;%2&apos; у позиції %1: зріз не може містити пробілів.</translation>
    </message>
    <message>
        <source>Invalid array slice &apos;%2&apos; at position %1.</source>
        <translation>Некоректний зріз масиву &apos;%2&apos; у позиції %1.</translation>
    </message>
    <message>
        <source>Invalid array slice &apos;%2&apos; at position %1: a start or an end is required.</source>
        <translation>Некоректний зріз масиву &apos;%2&apos; у позиції %1: потрібно вказати початок або кінець.</translation>
    </message>
    <message>
        <source>Invalid array index &apos;%2&apos; at position %1.</source>
        <translation>Некоректний індекс масиву &apos;%2&apos; у позиції %1.</translation>
    </message>
    <message>
        <source>Expected &apos;]&apos; after &apos;*&apos; at position %1.</source>
        <translation>Після &apos;*&apos; у позиції %1 очікувався символ &apos;]&apos;.</translation>
    </message>
    <message>
        <source>Filter placeholders such as &apos;[?]&apos; at position %1 need Java predicates; write an inline filter such as [?(@.price &lt; 10)].</source>
        <translation>Заповнювачам фільтрів, як-от &apos;[?]&apos; у позиції %1, потрібні предикати Java; напишіть вбудований фільтр, наприклад [?(@.price &lt; 10)].</translation>
    </message>
    <message>
        <source>Expected &apos;(&apos; after &apos;[?&apos; at position %1.</source>
        <translation>Після &apos;[?&apos; у позиції %1 очікувався символ &apos;(&apos;.</translation>
    </message>
    <message>
        <source>The filter opened at position %1 is not closed: expected &apos;)&apos;.</source>
        <translation>Фільтр, відкритий у позиції %1, не закрито: очікувався символ &apos;)&apos;.</translation>
    </message>
    <message>
        <source>Expected &apos;]&apos; after the filter at position %1.</source>
        <translation>Після фільтра в позиції %1 очікувався символ &apos;]&apos;.</translation>
    </message>
    <message>
        <source>The expression is empty at position %1.</source>
        <translation>Вираз порожній (позиція %1).</translation>
    </message>
    <message>
        <source>The values compared nest deeper than %1 levels.</source>
        <translation>Глибина вкладеності порівнюваних значень перевищує %1.</translation>
    </message>
    <message>
        <source>The string &apos;%1&apos; contains an invalid \u escape.</source>
        <translation>Рядок &apos;%1&apos; містить некоректну escape-послідовність \u.</translation>
    </message>
    <message>
        <source>A list compared in a filter contains a nested array or object, which Jayway cannot compare.</source>
        <translation>Список, що порівнюється у фільтрі, містить вкладений масив або об&apos;єкт, а Jayway не вміє їх порівнювати.</translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation>Очікувався список.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Очікувалося true або false.</translation>
    </message>
    <message>
        <source>The &apos;empty&apos; operator cannot be applied to an object.</source>
        <translation>Оператор &apos;empty&apos; не можна застосувати до об&apos;єкта.</translation>
    </message>
    <message>
        <source>The &apos;exists&apos; operator needs true or false on one side.</source>
        <translation>Операторові &apos;exists&apos; потрібне значення true або false з одного боку.</translation>
    </message>
    <message>
        <source>The operator cannot be used in an inline filter.</source>
        <translation>Цей оператор не можна використовувати у вбудованому фільтрі.</translation>
    </message>
    <message>
        <source>The evaluation needs more than %1 steps; narrow the path, for example replace &apos;..&apos; with explicit names.</source>
        <translation>Обчислення потребує забагато кроків (понад %1); уточніть шлях, наприклад замініть &apos;..&apos; явними іменами.</translation>
    </message>
    <message>
        <source>Regular expression matching took longer than %1 ms; simplify the pattern (nested repetitions such as (a+)+ backtrack exponentially).</source>
        <translation>Зіставлення з регулярним виразом тривало понад %1 мс; спростіть шаблон (вкладені повторення, як-от (a+)+, спричиняють експоненційний перебір із поверненнями).</translation>
    </message>
    <message>
        <source>The evaluation nests deeper than %1 levels.</source>
        <translation>Глибина вкладеності обчислення перевищує %1.</translation>
    </message>
    <message>
        <source>A regular expression gave up on a value of %1 characters: it backtracks too much (PCRE2&apos;s match limit), so whether it matches is unknown; simplify the pattern, for example remove overlapping alternatives such as (a|aa)+.</source>
        <translation>Регулярний вираз не впорався зі значенням довжиною %1 символів: він робить забагато повернень (перевищено ліміт зіставлення PCRE2), тож невідомо, чи воно відповідає шаблону; спростіть шаблон, наприклад приберіть альтернативи, що перекриваються, як-от (a|aa)+.</translation>
    </message>
</context>
<context>
    <name>JsonPathCommand</name>
    <message>
        <source>connectorctl: invalid JSON Path: %1</source>
        <translation>connectorctl: хибний вираз JSON Path: %1</translation>
    </message>
    <message>
        <source>connectorctl: the document is not valid JSON (%1 at byte %2).</source>
        <translation>connectorctl: документ не є коректним JSON (%1, байт %2).</translation>
    </message>
    <message>
        <source>connectorctl: no match: %1</source>
        <translation>connectorctl: нічого не знайдено: %1</translation>
    </message>
    <message>
        <source>connectorctl: %1</source>
        <translation>connectorctl: %1</translation>
    </message>
    <message>
        <source>connectorctl: %1 [%2]</source>
        <translation>connectorctl: %1 [%2]</translation>
    </message>
    <message>
        <source>connectorctl: the document is not valid for a query: the key &quot;%1&quot; appears twice in the object at %2 (again at byte %3).</source>
        <translation>connectorctl: документ не придатний для запиту: ключ «%1» трапляється двічі в об&apos;єкті %2 (удруге — на байті %3).</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>Every command of the window and its &amp;keys. The keys work wherever the focus is in the window; the card keys work in the connector lists.</source>
        <translation>Усі команди вікна та їхні &amp;клавіші. Клавіші діють, де б не був фокус у вікні; клавіші карток діють у списках конекторів.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>One row per command, with its keys</source>
        <translation>Один рядок на команду, з її клавішами</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>FLEX3</source>
        <translation>FLEX3</translation>
    </message>
    <message>
        <source>Other (not FLEX3)</source>
        <translation>Інша (не FLEX3)</translation>
    </message>
</context>
<context>
    <name>LiveRequestRunner</name>
    <message>
        <source>The test request was cancelled.</source>
        <translation>Тестовий запит скасовано.</translation>
    </message>
    <message>
        <source>No HTTP response: %1</source>
        <translation>Немає HTTP-відповіді: %1</translation>
    </message>
    <message>
        <source>No response within %1 ms.</source>
        <translation>Відповіді не отримано протягом %1 мс.</translation>
    </message>
    <message>
        <source>The response is larger than %1 MB; the test request stopped reading it.</source>
        <translation>Відповідь більша за %1 МБ; тестовий запит припинив її читати.</translation>
    </message>
    <message>
        <source>No response was received, so no variable has a value.</source>
        <translation>Відповіді не отримано, тому жодна змінна не має значення.</translation>
    </message>
    <message>
        <source>The server asked to wait %1 seconds before trying again, longer than a test request waits, so it was not retried.</source>
        <translation>Сервер попросив зачекати %1 с перед повторною спробою — довше, ніж чекає тестовий запит, тому запит не повторено.</translation>
    </message>
</context>
<context>
    <name>LiveResponseReader</name>
    <message>
        <source>The response body is empty, so it is not JSON.</source>
        <translation>Тіло відповіді порожнє, тож це не JSON.</translation>
    </message>
    <message>
        <source>The response body is not valid JSON (%1 at byte %2).</source>
        <translation>Тіло відповіді не є коректним JSON (%1, байт %2).</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>більше ніж одне значення</translation>
    </message>
    <message>
        <source>The activity parses the response as %1; test requests read JSON only.</source>
        <translation>Дія розбирає відповідь як %1; тестові запити читають лише JSON.</translation>
    </message>
    <message>
        <source>Nothing in the response matches %1.</source>
        <translation>У відповіді немає нічого, що відповідає %1.</translation>
    </message>
    <message>
        <source>Nothing in the response matches %1: %2</source>
        <translation>У відповіді немає нічого, що відповідає %1: %2</translation>
    </message>
    <message>
        <source>The JSON Path could not be evaluated: %1</source>
        <translation>Не вдалося обчислити вираз JSON Path: %1</translation>
    </message>
    <message>
        <source>The JSON Path does not compile: %1 (at character %2)</source>
        <translation>Вираз JSON Path містить помилку: %1 (символ %2)</translation>
    </message>
</context>
<context>
    <name>LiveTestPanel</name>
    <message>
        <source>Sending... attempt %1 of %2</source>
        <translation>Надсилання... спроба %1 з %2</translation>
    </message>
    <message>
        <source>Reading the access token from the system keyring...</source>
        <translation>Читання токена доступу із системного сховища ключів...</translation>
    </message>
    <message>
        <source>The test request was cancelled before it was sent.</source>
        <translation>Тестовий запит скасовано до надсилання.</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не надіслано: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms in %n attempt(s)</source>
        <translation>
            <numerusform>%1 мс за %n спробу</numerusform>
            <numerusform>%1 мс за %n спроби</numerusform>
            <numerusform>%1 мс за %n спроб</numerusform>
        </translation>
    </message>
    <message>
        <source>No value: %1</source>
        <translation>Немає значення: %1</translation>
    </message>
    <message>
        <source>Send test re&amp;quest</source>
        <translation>Надіслати тестовий &amp;запит</translation>
    </message>
    <message>
        <source>Send the activity&apos;s request to the API now (%1)</source>
        <translation>Надіслати запит дії до API зараз (%1)</translation>
    </message>
    <message>
        <source>Send test request</source>
        <translation>Надіслати тестовий запит</translation>
    </message>
    <message>
        <source>Cance&amp;l request</source>
        <translation>Перер&amp;вати запит</translation>
    </message>
    <message>
        <source>Stop waiting for the response (Esc while it runs)</source>
        <translation>Припинити чекати на відповідь (Esc, поки запит виконується)</translation>
    </message>
    <message>
        <source>Cancel test request</source>
        <translation>Перервати тестовий запит</translation>
    </message>
    <message>
        <source>The API region or base URL, and your access token</source>
        <translation>Регіон API або базова URL-адреса та ваш токен доступу</translation>
    </message>
    <message>
        <source>Output variables</source>
        <translation>Вихідні змінні</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Тіло відповіді</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Заголовки відповіді</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Змінна</translation>
    </message>
    <message>
        <source>JSON Path</source>
        <translation>JSON Path</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Output variables and their values</source>
        <translation>Вихідні змінні та їхні значення</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Надісланий запит</translation>
    </message>
    <message>
        <source>Time and attempts</source>
        <translation>Час і спроби</translation>
    </message>
    <message>
        <source>Test request result</source>
        <translation>Результат тестового запиту</translation>
    </message>
    <message>
        <source>Send the activity to the API to see the response and what each output variable receives.</source>
        <translation>Надішліть дію до API, щоб побачити відповідь і значення кожної вихідної змінної.</translation>
    </message>
    <message>
        <source>Test request settin&amp;gs...</source>
        <translation>Налашт&amp;ування тестових запитів...</translation>
    </message>
    <message>
        <source>Sample &amp;values for flow variables (used for this test only, never saved in the activity):</source>
        <translation>З&amp;начення змінних потоку для тесту (лише для цього запиту, у дії не зберігаються):</translation>
    </message>
    <message>
        <source>Flow variable</source>
        <translation>Змінна потоку</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Значення для тесту</translation>
    </message>
    <message>
        <source>Sample values for flow variables</source>
        <translation>Значення змінних потоку для тесту</translation>
    </message>
    <message>
        <source>Add a sample value</source>
        <translation>Додати значення для тесту</translation>
    </message>
    <message>
        <source>Remove the selected sample value</source>
        <translation>Видалити вибране значення для тесту</translation>
    </message>
</context>
<context>
    <name>LiveTestResult</name>
    <message>
        <source>Succeeded</source>
        <translation>Успішно</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Помилка HTTP</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Час очікування вичерпано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Помилка мережі</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не надіслано</translation>
    </message>
</context>
<context>
    <name>LiveTestSettingsDialog</name>
    <message>
        <source>The API base URL could not be read: %1</source>
        <translation>Не вдалося прочитати базову URL-адресу API: %1</translation>
    </message>
    <message>
        <source>The API base URL was not saved: %1</source>
        <translation>Базову URL-адресу API не збережено: %1</translation>
    </message>
    <message>
        <source>The token is saved in the system keyring, never in the database or a settings file. It belongs to you: other administrators enter their own.</source>
        <translation>Токен зберігається в системному сховищі ключів і ніколи — в базі даних чи файлі налаштувань. Він належить вам: інші адміністратори вводять власні.</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Власна URL-адреса</translation>
    </message>
    <message>
        <source>API &amp;region:</source>
        <translation>&amp;Регіон API:</translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation>Базова &amp;URL-адреса API:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Токен доступу:</translation>
    </message>
    <message>
        <source>S&amp;how the token</source>
        <translation>&amp;Показати токен</translation>
    </message>
    <message>
        <source>API region</source>
        <translation>Регіон API</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>Базова URL-адреса API</translation>
    </message>
    <message>
        <source>Where test requests go. https is required, except to this computer (localhost, 127.0.0.1, ::1), e.g. a local API simulator.</source>
        <translation>Куди надсилаються тестові запити. Потрібен https, окрім запитів до цього комп’ютера (localhost, 127.0.0.1, ::1), наприклад до локального симулятора API.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Токен доступу</translation>
    </message>
    <message>
        <source>Paste the bearer token used for test requests</source>
        <translation>Вставте токен носія (bearer) для тестових запитів</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Показати токен доступу</translation>
    </message>
    <message>
        <source>You can view the API base URL but not change it. %1</source>
        <translation>Ви можете переглядати базову URL-адресу API, але не змінювати її. %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Test request settings</source>
        <translation>Налаштування тестових запитів</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Could not refresh the list</source>
        <translation>Не вдалося оновити список</translation>
    </message>
    <message>
        <source>A change was saved, but the list could not read it back. Use Connector &gt; Reload.</source>
        <translation>Зміну збережено, але список не вдалося оновити. Скористайтеся командою Конектор &gt; Оновити.</translation>
    </message>
    <message>
        <source>Could not read the connectors</source>
        <translation>Не вдалося прочитати конектори</translation>
    </message>
    <message>
        <source>The connectors could not be read from the database.</source>
        <translation>Не вдалося прочитати конектори з бази даних.</translation>
    </message>
    <message>
        <source>Another program changed the database, but the list could not be refreshed: %1</source>
        <translation>Інша програма змінила базу даних, але список не вдалося оновити: %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Немає дій для скасування.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Немає дій для повторення.</translation>
    </message>
    <message>
        <source>The administrator accounts could not be read.</source>
        <translation>Не вдалося прочитати облікові записи адміністраторів.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>The translation for &quot;%1&quot; is missing from this build.</source>
        <translation>Переклад для «%1» відсутній у цій збірці.</translation>
    </message>
    <message>
        <source>Webex Contact Center Connectors Console</source>
        <translation>Консоль конекторів Webex Contact Center</translation>
    </message>
    <message>
        <source>Services &gt; Contact Center &gt; Tenant Settings &gt; Integrations</source>
        <translation>Послуги &gt; Контакт-центр &gt; Налаштування клієнта &gt; Інтеграції</translation>
    </message>
    <message>
        <source>Location in Control Hub</source>
        <translation>Розташування в Центрі керування</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Інтеграції</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Конектори</translation>
    </message>
    <message>
        <source>Loading connectors...</source>
        <translation>Завантаження конекторів...</translation>
    </message>
    <message>
        <source>The flows could not be refreshed: %1</source>
        <translation>Не вдалося оновити потоки: %1</translation>
    </message>
    <message>
        <source>Could not read the flows</source>
        <translation>Не вдалося прочитати потоки</translation>
    </message>
    <message>
        <source>The flows could not be read from the database.</source>
        <translation>Не вдалося прочитати потоки з бази даних.</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>Cannot act as another administrator</source>
        <translation>Не вдається діяти від імені іншого адміністратора</translation>
    </message>
    <message>
        <source>You cannot act as %1.</source>
        <translation>Ви не можете діяти від імені %1.</translation>
    </message>
    <message>
        <source>You are acting as %1 (%2). Changes are recorded as “%3 acting as %1”. Use File &gt; Act as... and choose your own account to stop.</source>
        <translation>Ви дієте від імені %1 (%2). Зміни записуються як «%3 від імені %1». Щоб припинити, виберіть «Файл &gt; Діяти від імені...» і свій обліковий запис.</translation>
    </message>
    <message>
        <source>Another program changed the database, but your role could not be read again: %1</source>
        <translation>Інша програма змінила базу даних, але вашу роль не вдалося прочитати знову: %1</translation>
    </message>
    <message>
        <source>Loading flows...</source>
        <translation>Завантаження потоків...</translation>
    </message>
</context>
<context>
    <name>NameValueTableEditor</name>
    <message>
        <source>Insert adds a row; Delete removes the selected row.</source>
        <translation>Insert додає рядок; Delete вилучає вибраний рядок.</translation>
    </message>
    <message>
        <source>%1 (Insert)</source>
        <translation>%1 (Insert)</translation>
    </message>
    <message>
        <source>%1 (Delete)</source>
        <translation>%1 (Delete)</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>My organisation</source>
        <translation>Моя організація</translation>
    </message>
</context>
<context>
    <name>ParseTestPane</name>
    <message>
        <source>Paste a response body to see what each output variable would receive.</source>
        <translation>Вставте тіло відповіді, щоб побачити, що отримає кожна вихідна змінна.</translation>
    </message>
    <message>
        <source>Invalid JSON Path</source>
        <translation>Некоректний JSON Path</translation>
    </message>
    <message>
        <source>Value (definite path)</source>
        <translation>Значення (однозначний шлях)</translation>
    </message>
    <message>
        <source>List of every match (indefinite path)</source>
        <translation>Список усіх збігів (неоднозначний шлях)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Немає збігів</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Sample respo&amp;nse:</source>
        <translation>Зр&amp;азок відповіді:</translation>
    </message>
    <message>
        <source>Sample response</source>
        <translation>Зразок відповіді</translation>
    </message>
    <message>
        <source>{&quot;data&quot;: [{&quot;id&quot;: &quot;...&quot;}]}</source>
        <translation>{&quot;data&quot;: [{&quot;id&quot;: &quot;...&quot;}]}</translation>
    </message>
    <message>
        <source>What each output variable receives:</source>
        <translation>Що отримує кожна вихідна змінна:</translation>
    </message>
    <message>
        <source>What each output variable receives</source>
        <translation>Що отримує кожна вихідна змінна</translation>
    </message>
    <message>
        <source>Output variable</source>
        <translation>Вихідна змінна</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>No access to connectors</source>
        <translation>Немає доступу до конекторів</translation>
    </message>
    <message>
        <source>Read-only access</source>
        <translation>Доступ лише для читання</translation>
    </message>
    <message>
        <source>Read/write access</source>
        <translation>Доступ для читання/запису</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Вхід виконано: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Organisation unknown</source>
        <translation>Організація невідома</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База даних: %1</translation>
    </message>
    <message>
        <source>Signed-in administrator</source>
        <translation>Поточний адміністратор</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Access to connectors</source>
        <translation>Доступ до конекторів</translation>
    </message>
    <message>
        <source>Organisation and licence</source>
        <translation>Організація та ліцензія</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл бази даних</translation>
    </message>
</context>
<context>
    <name>SetActiveCommand</name>
    <message>
        <source>Activate &quot;%1&quot;</source>
        <translation>активацію «%1»</translation>
    </message>
    <message>
        <source>Deactivate &quot;%1&quot;</source>
        <translation>деактивацію «%1»</translation>
    </message>
</context>
<context>
    <name>SetupCard</name>
    <message>
        <source>Webex Contact Center</source>
        <translation>Webex Contact Center</translation>
    </message>
    <message>
        <source>Lets flows call the Webex Contact Center APIs from Flow Designer with your organisation&apos;s authorisation.</source>
        <translation>Дає змогу потокам у Flow Designer викликати API Webex Contact Center з авторизацією вашої організації.</translation>
    </message>
    <message>
        <source>No connectors yet.</source>
        <translation>Конекторів ще немає.</translation>
    </message>
    <message>
        <source>Connectors: %1 (%2 active).</source>
        <translation>Конекторів: %1 (активних: %2).</translation>
    </message>
    <message>
        <source>Set &amp;up</source>
        <translation>На&amp;лаштувати</translation>
    </message>
    <message>
        <source>Add &amp;more</source>
        <translation>Додати &amp;ще</translation>
    </message>
    <message>
        <source>Set up a connector</source>
        <translation>Налаштувати конектор</translation>
    </message>
    <message>
        <source>Add more connectors</source>
        <translation>Додати ще конектори</translation>
    </message>
    <message>
        <source>Add a Webex Contact Center connector (%1)</source>
        <translation>Додати конектор Webex Contact Center (%1)</translation>
    </message>
</context>
<context>
    <name>ShortcutCatalogue</name>
    <message>
        <source>Move to the previous or next connector card</source>
        <translation>Перейти до попередньої чи наступної картки конектора</translation>
    </message>
    <message>
        <source>Open the details of the selected card</source>
        <translation>Відкрити відомості вибраної картки</translation>
    </message>
    <message>
        <source>Switch Active on the selected card (asks for confirmation)</source>
        <translation>Перемкнути «Активний» на вибраній картці (з підтвердженням)</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Перейти до наступного чи попереднього елемента керування</translation>
    </message>
    <message>
        <source>Open a menu or press a button by its underlined letter</source>
        <translation>Відкрити меню або натиснути кнопку за підкресленою літерою</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+підкреслена літера</translation>
    </message>
    <message>
        <source>Close a dialog without changes</source>
        <translation>Закрити діалогове вікно без змін</translation>
    </message>
    <message>
        <source>Edit the selected HTTP Request activity in the Flows tab</source>
        <translation>Редагувати вибрану дію «HTTP-запит» на вкладці «Потоки»</translation>
    </message>
    <message>
        <source>Delete the selected flow in the Flows tab (asks for confirmation)</source>
        <translation>Видалити вибраний потік на вкладці «Потоки» (з підтвердженням)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>No access</source>
        <translation>Немає доступу</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Лише читання</translation>
    </message>
    <message>
        <source>Read/write, can set up</source>
        <translation>Читання/запис і налаштування</translation>
    </message>
    <message>
        <source>Read/write</source>
        <translation>Читання/запис</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Конектори</translation>
    </message>
    <message>
        <source>Administrator accounts</source>
        <translation>Облікові записи адміністраторів</translation>
    </message>
    <message>
        <source>Act as</source>
        <translation>Діяти від імені</translation>
    </message>
    <message>
        <source>Choose the &amp;administrator account to act as. What the window lets you do with connectors follows the account&apos;s role; only a full administrator may act as another account, and the history records both names.</source>
        <translation>Виберіть обліковий запис &amp;адміністратора, від імені якого діяти. Що вікно дозволяє робити з конекторами, залежить від ролі облікового запису; діяти від імені іншого облікового запису може лише адміністратор із повними правами, а історія записує обидва імена.</translation>
    </message>
    <message>
        <source>%1 (acting as)</source>
        <translation>%1 (від імені)</translation>
    </message>
    <message>
        <source>Name, email, role and access to connectors of each account; Enter acts as the selected one</source>
        <translation>Ім’я, електронна пошта, роль і доступ до конекторів кожного облікового запису; Enter — діяти від імені вибраного</translation>
    </message>
    <message>
        <source>A&amp;ct as</source>
        <translation>Д&amp;іяти від імені</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Webex Contact Center connectors.</source>
        <translation>Настільна консоль для конекторів Webex Contact Center.</translation>
    </message>
    <message>
        <source>Use the connectors database at PATH (default: %1).</source>
        <translation>Використовувати базу даних конекторів за шляхом PATH (типово: %1).</translation>
    </message>
    <message>
        <source>Language of the window: uk or en.</source>
        <translation>Мова вікна: uk або en.</translation>
    </message>
    <message>
        <source>Connectors console</source>
        <translation>Консоль конекторів</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use uk or en.</source>
        <translation>Невідома мова «%1»: використовуйте uk або en.</translation>
    </message>
    <message>
        <source>Cannot open the connectors database</source>
        <translation>Не вдається відкрити базу даних конекторів</translation>
    </message>
</context>
</TS>

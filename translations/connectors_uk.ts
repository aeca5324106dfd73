<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AdminCommands</name>
    <message>
        <source>&apos;admins&apos; needs &apos;list&apos; or &apos;add&apos;.</source>
        <translation>Після «admins» потрібно вказати «list» або «add».</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Одне зі значень: %1.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>The display name.</source>
        <translation>Відображуване ім'я.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ім'я</translation>
    </message>
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
        <source>How many connectors to add (default 40).</source>
        <translation>Скільки конекторів додати (типово 40).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--connectors needs a whole number from 0 to 10000000.</source>
        <translation>Значення --connectors має бути цілим числом від 0 до 10000000.</translation>
    </message>
    <message>
        <source>Sample connectors added: %1 (%2 of them inactive). Administrator accounts added: %3.</source>
        <translation>Додано демонстраційних конекторів: %1 (з них неактивних: %2). Додано облікових записів адміністраторів: %3.</translation>
    </message>
</context>
<context>
    <name>AdminDirectory</name>
    <message>
        <source>My organisation</source>
        <translation>Моя організація</translation>
    </message>
    <message>
        <source>the database has no organisation</source>
        <translation>у базі даних немає організації</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
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
</context>
<context>
    <name>CommandParsing</name>
    <message>
        <source>Use the database at &lt;path&gt;.</source>
        <translation>Використовувати базу даних за шляхом &lt;шлях&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>шлях</translation>
    </message>
    <message>
        <source>Act as the administrator &lt;email&gt;.</source>
        <translation>Діяти від імені адміністратора з адресою &lt;адреса&gt;.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>адреса</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Виводити JSON для машинної обробки.</translation>
    </message>
    <message>
        <source>Use the language &lt;lang&gt; (uk or en).</source>
        <translation>Використовувати мову &lt;мова&gt; (uk або en).</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>мова</translation>
    </message>
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
        <source>&apos;%1&apos; is not a connector ID (expected a UUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301, or its first 8 characters).</source>
        <translation>«%1» не є ідентифікатором конектора (очікується UUID, наприклад 3f2504e0-4f89-41d3-9a0c-0305e82c3301, або його перші 8 символів).</translation>
    </message>
    <message>
        <source>The ID prefix &apos;%1&apos; matches more than one connector; give more of the ID.</source>
        <translation>Початок ідентифікатора «%1» збігається з кількома конекторами; введіть довшу частину ідентифікатора.</translation>
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
    <name>ConnectorCommands</name>
    <message>
        <source>The connector&apos;s name.</source>
        <translation>Назва конектора.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>read-only or read-write; repeat it for both.</source>
        <translation>read-only або read-write; щоб надати обидва рівні, укажіть параметр двічі.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>рівень</translation>
    </message>
    <message>
        <source>I authorize this connector to read, write, modify and delete data in the Contact Center solution.</source>
        <translation>Я авторизую цей конектор зчитувати, записувати, змінювати та видаляти дані в рішенні Contact Center.</translation>
    </message>
    <message>
        <source>Added connector &quot;%1&quot; with ID %2.</source>
        <translation>Додано конектор «%1» з ідентифікатором %2.</translation>
    </message>
    <message>
        <source>Not allowed: a connector ID never changes.</source>
        <translation>Не підтримується: ідентифікатор конектора незмінний.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ідентифікатор</translation>
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
        <source>Show at most &lt;n&gt; entries.</source>
        <translation>Показати щонайбільше &lt;n&gt; записів.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>Значення --limit має бути цілим числом, не меншим за 1.</translation>
    </message>
</context>
<context>
    <name>ConnectorListModel</name>
    <message>
        <source>Connector %1, %2, %3, ID %4</source>
        <translation>Конектор %1, %2, %3, ідентифікатор %4</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивний</translation>
    </message>
</context>
<context>
    <name>ConnectorService</name>
    <message>
        <source>the database has no organisation</source>
        <translation>у базі даних немає організації</translation>
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
        <source>Scopes: choose read-only access, read-write access or both.</source>
        <translation>Області: виберіть доступ лише для читання, доступ для читання-запису або обидва.</translation>
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
        <source>Your role, %1, cannot set up connectors. Setting up a connector needs a Full administrator, an External full administrator or a Contact Center service administrator.</source>
        <translation>Ваша роль «%1» не дає змоги налаштовувати конектори. Налаштувати конектор може адміністратор із повними правами, зовнішній адміністратор із роллю адміністратора з повними правами або адміністратор сервісу Contact Center.</translation>
    </message>
    <message>
        <source>Your role, %1, cannot manage administrator accounts; a full administrator can.</source>
        <translation>Ваша роль «%1» не дає змоги керувати обліковими записами адміністраторів; це може робити адміністратор із повними правами.</translation>
    </message>
    <message>
        <source>Connectors can only be set up in an organisation on FLEX3 licences; this organisation has: %1.</source>
        <translation>Конектори можна налаштовувати лише в організаціях із ліцензіями FLEX3 (у цієї організації — %1).</translation>
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
        <translation>Відображуване ім'я: використайте від 1 до 80 символів, без керувальних символів.</translation>
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
</context>
<context>
    <name>CtlApplication</name>
    <message>
        <source>Usage: connectorctl [--database PATH] [--admin EMAIL] [--json] [--lang uk|en] COMMAND [ARGS]

Manage Webex Contact Center connectors from the command line.

Commands:
  list                                   List the connectors.
  show ID                                Show one connector.
  add --name NAME --access LEVEL... --authorize
                                         Add a connector; LEVEL is read-only or
                                         read-write (repeat --access for both).
  edit ID [--name NAME] [--access LEVEL...]
                                         Change an inactive connector.
  deactivate ID                          Deactivate a connector.
  activate ID                            Activate a connector.
  delete ID                              Delete an inactive connector.
  history [ID] [--limit N]               Show the audit log.
  admins list                            List administrator accounts.
  admins add EMAIL --role ROLE [--name NAME]
                                         Add an administrator account.
  demo [--connectors N]                  Add realistic sample data.

ID is a connector ID or its first 8 or more characters.
Roles: %1.

Options:
  --database PATH   Use this database (default: %2).
  --admin EMAIL     Act as this administrator (default: the first full administrator).
  --json            Print machine-readable JSON.
  --lang uk|en      Language of messages (default: the system&apos;s).
  -h, --help        Show this help.
  -v, --version     Show the version.

Exit codes: 0 success, 1 refused by a rule or role, 2 usage error, 4 database error.
</source>
        <translation>Використання: connectorctl [--database PATH] [--admin EMAIL] [--json] [--lang uk|en] COMMAND [ARGS]

Керування конекторами Webex Contact Center з командного рядка.

Команди:
  list                                   Показати список конекторів.
  show ID                                Показати один конектор.
  add --name NAME --access LEVEL... --authorize
                                         Додати конектор; LEVEL — read-only або
                                         read-write (для обох повторіть --access).
  edit ID [--name NAME] [--access LEVEL...]
                                         Змінити неактивний конектор.
  deactivate ID                          Деактивувати конектор.
  activate ID                            Активувати конектор.
  delete ID                              Видалити неактивний конектор.
  history [ID] [--limit N]               Показати журнал аудиту.
  admins list                            Показати список адміністраторів.
  admins add EMAIL --role ROLE [--name NAME]
                                         Додати обліковий запис адміністратора.
  demo [--connectors N]                  Додати реалістичні демонстраційні дані.

ID — ідентифікатор конектора або щонайменше 8 його перших символів.
Ролі: %1.

Параметри:
  --database PATH   Використовувати цю базу даних (типово: %2).
  --admin EMAIL     Діяти від імені цього адміністратора (типово: перший адміністратор із повними правами).
  --json            Виводити JSON для машинної обробки.
  --lang uk|en      Мова повідомлень (типово: мова системи).
  -h, --help        Показати цю довідку.
  -v, --version     Показати версію.

Коди завершення: 0 — успіх, 1 — відмова через правило або роль, 2 — помилка використання, 4 — помилка бази даних.
</translation>
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
        <source>Unknown language &apos;%1&apos;: use uk or en.</source>
        <translation>Невідома мова «%1»: використовуйте uk або en.</translation>
    </message>
    <message>
        <source>Name a command, for example &apos;connectorctl list&apos;.</source>
        <translation>Укажіть команду, наприклад «connectorctl list».</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Невідома команда «%1».</translation>
    </message>
    <message>
        <source>connectorctl: %1</source>
        <translation>connectorctl: %1</translation>
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
    <message>
        <source>NAME</source>
        <translation>ІМ'Я</translation>
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
        <source>the file is %1 bytes long but should be %2; it was cut off</source>
        <translation>розмір файлу в байтах — %1, а має бути %2; файл обрізано</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>FLEX3</source>
        <translation>FLEX3</translation>
    </message>
    <message>
        <source>Other licence</source>
        <translation>інша ліцензія</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Webex Contact Center connectors</source>
        <translation>Конектори Webex Contact Center</translation>
    </message>
</context>
</TS>

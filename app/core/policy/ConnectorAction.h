#pragma once

// What an administrator may try to do with connectors; the role policy answers for each one.
enum class ConnectorAction
{
    Create,
    View,
    Update,
    Deactivate,
    Activate,
    Delete,
};

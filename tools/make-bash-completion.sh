#!/usr/bin/env bash
# Writes bash completion for connectorctl from its own --help, so the completion offers exactly
# the commands, sub-commands, options and roles the program documents.
#   make-bash-completion.sh CONNECTORCTL OUTPUT
set -euo pipefail
ctl=$1 out=$2
help=$("$ctl" --lang en --help)

# "COMMAND [SUB]<TAB>option option..." for every synopsis line of the Commands section.
commands=$(awk '
    /^Commands:/ { in_commands = 1; next }
    in_commands && /^[^ ]/ { in_commands = 0 }
    in_commands && /^  [a-z]/ {
        synopsis = $0
        sub(/^  /, "", synopsis)
        sub(/   +.*$/, "", synopsis)            # drop the description column
        n = split(synopsis, word, " ")
        name = word[1]
        if (n > 1 && word[2] ~ /^[a-z][a-z-]*$/) name = name " " word[2]
        options = ""
        for (i = 2; i <= n; ++i) {
            token = word[i]
            gsub(/[][]/, "", token)
            if (token ~ /^--[a-z][a-z-]*$/ && index(" " options " ", " " token " ") == 0)
                options = options (options == "" ? "" : " ") token
        }
        print name "\t" options
    }' <<<"$help")
# Options written with a placeholder after them ("--name NAME") take a value.
value_options=$(grep -oE -- '--[a-z][a-z-]* ([A-Z][A-Z]*|[a-z]+\|[a-z|]+)' <<<"$help" | cut -d' ' -f1 | sort -u | tr '\n' ' ')
globals=$(awk '/^Options:/ { on = 1; next } on && /^[^ ]/ { on = 0 } on' <<<"$help" \
    | grep -oE -- '(^|[ ,])--?[a-z][a-z-]*' | tr -d ' ,' | sort -u | tr '\n' ' ')
roles=$(sed -n 's/^Roles: \(.*\)\.$/\1/p' <<<"$help" | tr -d ',')
[[ -n $commands && -n $globals && -n $roles ]] || { echo "make-bash-completion: cannot read $ctl --help" >&2; exit 1; }

{
    echo "# bash completion for connectorctl, generated from 'connectorctl --help' at build time"
    echo "# by tools/make-bash-completion.sh: do not edit."
    echo "_connectorctl_commands=("
    cut -f1 <<<"$commands" | sed 's/.*/    "&"/'
    echo ")"
    echo "_connectorctl_top=\"$(cut -f1 <<<"$commands" | cut -d' ' -f1 | awk '!seen[$0]++' | tr '\n' ' ')\""
    # -g: bash-completion sources this file inside a function.
    echo "declare -gA _connectorctl_options=("
    while IFS=$'\t' read -r name options; do
        printf '    ["%s"]="%s"\n' "$name" "$options"
    done <<<"$commands"
    echo ")"
    echo "_connectorctl_globals=\"$globals\""
    echo "_connectorctl_value_options=\" $value_options\""
    echo "_connectorctl_roles=\"$roles\""
    cat <<'BODY'

_connectorctl() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local command="" i word after_dashes=0
    # The command is the first word that is neither an option nor an option's value.
    for ((i = 1; i < COMP_CWORD; ++i)); do
        word=${COMP_WORDS[i]}
        if [[ -z $command ]]; then
            if [[ $_connectorctl_value_options == *" $word "* ]]; then
                ((++i))
            elif [[ $word != -* ]]; then
                command=$word
            fi
        elif [[ $word == -- ]]; then
            after_dashes=1
        elif [[ $command == admins || $command == flows ]] && [[ $command != *" "* && $word != -* ]]; then
            command="$command $word"
        fi
    done

    case $prev in
        --database) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --lang) COMPREPLY=($(compgen -W "uk en" -- "$cur")); return ;;
        --access) COMPREPLY=($(compgen -W "read-only read-write" -- "$cur")); return ;;
        --role) COMPREPLY=($(compgen -W "$_connectorctl_roles" -- "$cur")); return ;;
    esac
    [[ $_connectorctl_value_options == *" $prev "* && $after_dashes == 0 ]] && return

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$_connectorctl_globals" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$_connectorctl_top" -- "$cur"))
        fi
        return
    fi
    if [[ ($command == admins || $command == flows) ]]; then
        local subs="" name
        for name in "${_connectorctl_commands[@]}"; do
            [[ $name == "$command "* ]] && subs+=" ${name#* }"
        done
        COMPREPLY=($(compgen -W "$subs" -- "$cur"))
        return
    fi
    if [[ $cur == -* && $after_dashes == 0 ]]; then
        COMPREPLY=($(compgen -W "${_connectorctl_options[$command]} --" -- "$cur"))
        return
    fi
    case $command in
        import | export | "flows import" | "flows export" | jsonpath)
            COMPREPLY=($(compgen -f -- "$cur")) ;;
    esac
}
complete -o filenames -F _connectorctl connectorctl
BODY
} >"$out"
